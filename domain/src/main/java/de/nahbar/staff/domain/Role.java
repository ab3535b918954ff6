package de.nahbar.staff.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a member of staff may do in nahbar. A person may hold several roles; the container
 * knows them by these names, so {@link Names} repeats them as compile-time constants for
 * {@code @RolesAllowed}.
 */
public enum Role {
    CASEWORKER,
    MEASURE_COORDINATOR,
    TEAM_LEAD,
    ADMIN,
    AUDITOR,
    /** A machine login of another system (the benefits side's daily file): the REST interface only, no page. */
    INTEGRATION;

    /**
     * Which role's start page someone with several roles lands on: the role that carries the
     * most specific work comes first (a team lead who also has a caseload starts on the team).
     */
    private static final List<Role> START_PAGE_PRIORITY =
            List.of(TEAM_LEAD, MEASURE_COORDINATOR, CASEWORKER, ADMIN, AUDITOR);

    public static Optional<Role> primary(Collection<Role> roles) {
        return START_PAGE_PRIORITY.stream().filter(roles::contains).findFirst();
    }

    /** Role names as constants, for annotations. */
    public static final class Names {
        public static final String CASEWORKER = "CASEWORKER";
        public static final String MEASURE_COORDINATOR = "MEASURE_COORDINATOR";
        public static final String TEAM_LEAD = "TEAM_LEAD";
        public static final String ADMIN = "ADMIN";
        public static final String AUDITOR = "AUDITOR";
        public static final String INTEGRATION = "INTEGRATION";

        private Names() {}
    }
}
