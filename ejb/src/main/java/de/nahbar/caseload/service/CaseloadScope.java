package de.nahbar.caseload.service;

import java.util.Map;

import de.nahbar.shared.domain.JobcenterTime;

/**
 * Whose customers the caller works today, the caller's own and those of everyone they deputise
 * for (docs/design.md §4), as a condition inside each list query: no statement of its own, and no
 * list parameter, so Hibernate caches the translated query and the database resolves the few
 * caseworker ids through their index.
 */
public final class CaseloadScope {

    private CaseloadScope() {}

    /** A JPQL condition on a caseworker id path, such as {@code cw.id}; needs {@link #parameters}. */
    public static String condition(String caseworkerId) {
        return caseworkerId + " in (select m.id from StaffMember m where m.username = :scopeMe"
                + " union select d.absent.id from Deputy d where d.deputy.username = :scopeMe"
                + " and :scopeToday between d.fromDate and d.toDate)";
    }

    public static Map<String, Object> parameters(String caller) {
        return Map.of("scopeMe", caller, "scopeToday", JobcenterTime.today());
    }
}
