package de.nahbar.shared.web;

import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import de.nahbar.staff.domain.Role;

/** Role names as people read them ("Arbeitsvermittlung, Teamleitung"). */
@Named
@ApplicationScoped
public class RoleLabels {

    public String of(Collection<Role> roles) {
        return roles.stream().sorted().map(role -> Messages.get("Role." + role.name()))
                .collect(Collectors.joining(", "));
    }
}
