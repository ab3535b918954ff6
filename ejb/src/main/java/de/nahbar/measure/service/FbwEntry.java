package de.nahbar.measure.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import de.nahbar.measure.domain.FbwStatus;

/** A referral to further vocational training as the case file shows it, with its steps. */
public record FbwEntry(
        long id,
        long version,
        String goal,
        String course,
        FbwStatus status,
        LocalDate referredOn,
        LocalDate courseStartsOn,
        LocalDate courseEndsOn,
        String createdBy,
        List<Step> steps)
        implements Serializable {

    public FbwEntry {
        steps = List.copyOf(steps);
    }

    /** The steps that may follow, in their declared order. */
    public List<FbwStatus> nextSteps() {
        return status.next().stream().sorted().toList();
    }

    public record Step(FbwStatus status, LocalDate on, String by) implements Serializable {}
}
