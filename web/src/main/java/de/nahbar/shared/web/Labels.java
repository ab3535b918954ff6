package de.nahbar.shared.web;

import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Enum values as people read them: bundle key "EnumClass.VALUE" ("SupportMode.ACTIVE" → "aktiv betreut"). */
@Named
@ApplicationScoped
public class Labels {

    public String of(Enum<?> value) {
        return value == null ? "" : Messages.get(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** Several values, sorted in their declared order, joined with commas. */
    public String list(Collection<? extends Enum<?>> values) {
        return values.stream()
                .sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
                .map(this::of)
                .collect(Collectors.joining(", "));
    }
}
