package de.nahbar.caseload.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.IntegrationProfile;
import de.nahbar.caseload.domain.MandateStatus;
import de.nahbar.caseload.domain.SupportMode;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.QueryParameters;

/**
 * The caseworker's caseload: own customers plus those of colleagues the caller deputises for
 * today. Filtering, sorting, counting and paging all happen in the database; the count and the
 * page cost one statement each, whatever the caseload's size.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(CASEWORKER)
public class CaseloadQueries {

    /** Upper bound of one export: a caseload of 450 plus a deputised one, with room to spare. */
    public static final int EXPORT_MAX = 5000;

    private static final String SCOPE =
            " from Customer c join c.caseworker cw where c.closedOn is null and " + CaseloadScope.condition("cw.id");

    /** The rule of {@code AvailabilityReason.isCurrentOn} for a reason {@code r} in JPQL; needs {@code :today}. */
    private static final String REASON_CURRENT =
            " r.validFrom <= :today and (r.validTo is null or r.validTo >= :today)";

    /** The availability reasons current today, as one comma-separated column of the page query. */
    private static final String CURRENT_REASONS =
            "(select listagg(cast(r.kind as String), ',') within group (order by r.kind)"
                    + " from AvailabilityReason r where r.customer = c and" + REASON_CURRENT + ")";

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    public long count(@NotNull @Valid CaseloadFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        return (Long) QueryParameters.bind(em.createQuery("select count(c)" + SCOPE + where), parameters)
                .getSingleResult();
    }

    public List<CaseloadRow> page(
            @NotNull @Valid CaseloadFilter filter,
            @NotNull CaseloadSort sort,
            boolean ascending,
            @Min(0) int offset,
            @Min(1) @Max(EXPORT_MAX) int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        parameters.put("today", JobcenterTime.today());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QueryParameters.bind(
                        em.createQuery("select c.id, c.customerNumber, c.lastName, c.firstName, c.birthDate,"
                                + " c.supportMode, c.mandateStatus, c.profile, c.lastContactAt, c.nextDueOn, c.phone,"
                                + " cw.username, cw.firstName, cw.lastName, " + CURRENT_REASONS + SCOPE + where
                                + " order by " + sort.orderBy(ascending) + pageClause(offset, limit)),
                        parameters)
                .getResultList();
        LocalDate today = JobcenterTime.today();
        String me = caller();
        List<CaseloadRow> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            result.add(new CaseloadRow(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    Customer.age((LocalDate) r[4], today),
                    (SupportMode) r[5],
                    (MandateStatus) r[6],
                    (IntegrationProfile) r[7],
                    (Instant) r[8],
                    (LocalDate) r[9],
                    (String) r[10],
                    reasons((String) r[14]),
                    r[12] + " " + r[13],
                    !me.equals(r[11])));
        }
        return result;
    }

    /** The counts behind the quick filters, in one statement. */
    public CaseloadCounts counts() {
        LocalDate today = JobcenterTime.today();
        Object[] row = (Object[]) QueryParameters.bind(
                        em.createQuery("select count(c),"
                                + " coalesce(sum(case when c.supportMode = :active then 1 else 0 end), 0),"
                                + " coalesce(sum(case when c.mandateStatus = :open then 1 else 0 end), 0),"
                                + " coalesce(sum(case when c.nextDueOn <= :today then 1 else 0 end), 0),"
                                + " coalesce(sum(case when c.lastContactAt is null or c.lastContactAt < :contactLimit then 1 else 0 end), 0),"
                                + " coalesce(sum(case when c.birthDate > :under25Limit then 1 else 0 end), 0)" + SCOPE),
                        CaseloadScope.parameters(caller()))
                .setParameter("today", today)
                .setParameter("active", SupportMode.ACTIVE)
                .setParameter("open", MandateStatus.OPEN)
                .setParameter("contactLimit", JobcenterTime.startOf(today.minusDays(90)))
                .setParameter("under25Limit", today.minusYears(25))
                .getSingleResult();
        long all = (Long) row[0];
        long active = ((Number) row[1]).longValue();
        return new CaseloadCounts(
                all,
                active,
                all - active,
                ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue(),
                ((Number) row[4]).longValue(),
                ((Number) row[5]).longValue());
    }

    private String where(CaseloadFilter filter, Map<String, Object> parameters) {
        LocalDate today = JobcenterTime.today();
        parameters.putAll(CaseloadScope.parameters(caller()));
        StringBuilder where = new StringBuilder();
        CustomerSearch.of(filter.search(), "c", "search").ifPresent(search -> {
            where.append(" and ").append(search.condition());
            parameters.putAll(search.parameters());
        });
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
                    + " and" + REASON_CURRENT + ")");
            parameters.put("reason", filter.reason());
            parameters.put("today", today);
        }
        if (filter.noContactForDays() != null) {
            where.append(" and (c.lastContactAt is null or c.lastContactAt < :contactLimit)");
            parameters.put("contactLimit", JobcenterTime.startOf(today.minusDays(filter.noContactForDays())));
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

    /**
     * Offset and limit as literals, not parameters: with a parameter for the limit, PostgreSQL
     * never settles on a cached plan for the page query and plans it anew on every call, which
     * costs more than running it. Both are validated numbers, and a caseload has few pages.
     */
    private static String pageClause(int offset, int limit) {
        return " limit " + limit + " offset " + offset;
    }

    private static List<AvailabilityReasonKind> reasons(String kinds) {
        return kinds == null
                ? List.of()
                : Arrays.stream(kinds.split(","))
                        .map(AvailabilityReasonKind::valueOf)
                        .toList();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
