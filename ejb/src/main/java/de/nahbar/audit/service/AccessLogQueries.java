package de.nahbar.audit.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.Role;

/** The auditor's search over the access log, newest first, paged in the database. */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
public class AccessLogQueries {

    private static final String MATCHING = " from AccessLogEntry e"
            + " where (:actor is null or e.actor = :actor)"
            + " and (:caseRef is null or e.caseRef = :caseRef)"
            + " and e.occurredAt >= :from and e.occurredAt < :until";

    @PersistenceContext
    private EntityManager em;

    public long count(@NotNull @Valid AccessLogFilter filter) {
        return bind(em.createQuery("select count(e)" + MATCHING, Long.class), filter)
                .getSingleResult();
    }

    public List<AccessLogRow> search(
            @NotNull @Valid AccessLogFilter filter, @Min(0) int offset, @Min(1) @Max(500) int limit) {
        return bind(
                        em.createQuery(
                                "select new de.nahbar.audit.service.AccessLogRow("
                                        + "e.id, e.occurredAt, e.actor, e.caseRef, e.purpose, e.reason)" + MATCHING
                                        + " order by e.occurredAt desc, e.id desc",
                                AccessLogRow.class),
                        filter)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, AccessLogFilter filter) {
        return query.setParameter("actor", blankToNull(filter.actor()))
                .setParameter("caseRef", blankToNull(filter.caseRef()))
                .setParameter("from", startOf(filter.from(), Instant.EPOCH))
                .setParameter(
                        "until",
                        startOf(
                                filter.to() == null ? null : filter.to().plusDays(1),
                                Instant.parse("9999-12-31T00:00:00Z")));
    }

    private static Instant startOf(LocalDate day, Instant otherwise) {
        return day == null ? otherwise : JobcenterTime.startOf(day);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
