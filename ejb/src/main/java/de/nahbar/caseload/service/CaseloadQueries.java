package de.nahbar.caseload.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.IntegrationProfile;
import de.nahbar.caseload.domain.MandateStatus;
import de.nahbar.caseload.domain.SupportMode;
import de.nahbar.shared.service.Like;

/**
 * The caseworker's caseload: own customers plus those of colleagues the caller deputises for
 * today. Filtering, sorting, counting and paging all happen in the database; one page costs
 * three statements (whose caseloads, rows, their current availability reasons) whatever the
 * caseload's size.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(CASEWORKER)
public class CaseloadQueries {

    /** Upper bound of one export: a caseload of 450 plus a deputised one, with room to spare. */
    public static final int EXPORT_MAX = 5000;

    private static final String SCOPE = " from Customer c join c.caseworker cw where cw.id in :owners";

    @EJB
    private CaseAccess access;

    @PersistenceContext
    private EntityManager em;

    public long count(@NotNull @Valid CaseloadFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters, access.scope());
        return (Long) bind(em.createQuery("select count(c)" + SCOPE + where), parameters).getSingleResult();
    }

    public List<CaseloadRow> page(@NotNull @Valid CaseloadFilter filter, @NotNull CaseloadSort sort, boolean ascending,
            @Min(0) int offset, @Min(1) @Max(EXPORT_MAX) int limit) {
        Map<String, Object> parameters = new HashMap<>();
        CaseAccess.Scope scope = access.scope();
        String where = where(filter, parameters, scope);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createQuery("select c.id, c.customerNumber, c.lastName, c.firstName, c.birthDate,"
                + " c.supportMode, c.mandateStatus, c.profile, c.lastContactAt, c.nextDueOn, c.phone,"
                + " cw.username, cw.firstName, cw.lastName" + SCOPE + where + " order by " + sort.orderBy(ascending)),
                parameters)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        Map<Long, List<AvailabilityReasonKind>> reasons = currentReasons(rows.stream().map(r -> (Long) r[0]).toList());
        LocalDate today = JobcenterTime.today();
        String me = scope.me();
        List<CaseloadRow> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            result.add(new CaseloadRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                    Period.between((LocalDate) r[4], today).getYears(), (SupportMode) r[5], (MandateStatus) r[6],
                    (IntegrationProfile) r[7], (Instant) r[8], (LocalDate) r[9], (String) r[10],
                    reasons.getOrDefault((Long) r[0], List.of()), r[12] + " " + r[13], !me.equals(r[11])));
        }
        return result;
    }

    /** The counts behind the quick filters, in one statement. */
    public CaseloadCounts counts() {
        LocalDate today = JobcenterTime.today();
        Object[] row = (Object[]) em.createQuery("select count(c),"
                        + " coalesce(sum(case when c.supportMode = :active then 1 else 0 end), 0),"
                        + " coalesce(sum(case when c.mandateStatus = :open then 1 else 0 end), 0),"
                        + " coalesce(sum(case when c.nextDueOn <= :today then 1 else 0 end), 0),"
                        + " coalesce(sum(case when c.lastContactAt is null or c.lastContactAt < :contactLimit then 1 else 0 end), 0),"
                        + " coalesce(sum(case when c.birthDate > :under25Limit then 1 else 0 end), 0)" + SCOPE)
                .setParameter("owners", access.scope().owners())
                .setParameter("today", today)
                .setParameter("active", SupportMode.ACTIVE)
                .setParameter("open", MandateStatus.OPEN)
                .setParameter("contactLimit", JobcenterTime.startOf(today.minusDays(90)))
                .setParameter("under25Limit", today.minusYears(25))
                .getSingleResult();
        long all = (Long) row[0];
        long active = ((Number) row[1]).longValue();
        return new CaseloadCounts(all, active, all - active, ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), ((Number) row[5]).longValue());
    }

    private static String where(CaseloadFilter filter, Map<String, Object> parameters, CaseAccess.Scope scope) {
        LocalDate today = JobcenterTime.today();
        parameters.put("owners", scope.owners());
        StringBuilder where = new StringBuilder();
        String search = Like.containing(filter.search());
        if (search != null) {
            where.append(" and (lower(c.lastName) like :search escape '\\' or lower(c.firstName) like :search escape '\\'"
                    + " or c.customerNumber like :number escape '\\')");
            parameters.put("search", search);
            parameters.put("number", Like.startingWith(filter.search()));
        }
        if (filter.supportMode() != null) {
            where.append(" and c.supportMode = :supportMode");
            parameters.put("supportMode", filter.supportMode());
        }
        if (filter.mandateStatus() != null) {
            where.append(" and c.mandateStatus = :mandateStatus");
            parameters.put("mandateStatus", filter.mandateStatus());
        }
        if (filter.profile() != null) {
            where.append(" and c.profile = :profile");
            parameters.put("profile", filter.profile());
        }
        if (filter.reason() != null) {
            where.append(" and exists (select r from AvailabilityReason r where r.customer = c and r.kind = :reason"
                    + " and r.validFrom <= :today and (r.validTo is null or r.validTo >= :today))");
            parameters.put("reason", filter.reason());
            parameters.put("today", today);
        }
        if (filter.noContactForDays() != null) {
            where.append(" and (c.lastContactAt is null or c.lastContactAt < :contactLimit)");
            parameters.put("contactLimit",
                    JobcenterTime.startOf(today.minusDays(filter.noContactForDays())));
        }
        if (filter.dueWithinDays() != null) {
            where.append(" and c.nextDueOn <= :dueLimit");
            parameters.put("dueLimit", today.plusDays(filter.dueWithinDays()));
        }
        if (filter.under25()) {
            where.append(" and c.birthDate > :under25Limit");
            parameters.put("under25Limit", today.minusYears(25));
        }
        return where.toString();
    }

    private Map<Long, List<AvailabilityReasonKind>> currentReasons(List<Long> customerIds) {
        Map<Long, List<AvailabilityReasonKind>> result = new HashMap<>();
        if (customerIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery("select r.customer.id, r.kind from AvailabilityReason r"
                        + " where r.customer.id in :ids and r.validFrom <= :today"
                        + " and (r.validTo is null or r.validTo >= :today) order by r.kind", Object[].class)
                .setParameter("ids", customerIds)
                .setParameter("today", JobcenterTime.today())
                .getResultList();
        for (Object[] row : rows) {
            result.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((AvailabilityReasonKind) row[1]);
        }
        return result;
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
