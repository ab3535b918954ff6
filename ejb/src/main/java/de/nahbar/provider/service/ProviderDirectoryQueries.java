package de.nahbar.provider.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import de.nahbar.measure.domain.MeasureStatus;
import de.nahbar.measure.domain.Provider;
import de.nahbar.provider.domain.Deficiency;
import de.nahbar.provider.domain.DeficiencyCategory;
import de.nahbar.provider.domain.DeficiencyStatus;
import de.nahbar.provider.domain.EscalationStep;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.Like;
import de.nahbar.shared.service.QueryParameters;
import de.nahbar.staff.service.StaffNames;

/**
 * The provider directory, filtered, counted and paged in the database: two statements per page
 * (the providers with their figures, then their contracts and lots). Nothing here is about a
 * customer, so nothing is logged.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD, ADMIN})
public class ProviderDirectoryQueries {

    public static final int PAGE_MAX = 200;
    public static final int EXPORT_MAX = 2000;

    /** A deficiency is open until it is remedied or closed. */
    static final Set<DeficiencyStatus> OPEN =
            EnumSet.of(DeficiencyStatus.OPEN, DeficiencyStatus.NOTIFIED, DeficiencyStatus.ESCALATED);

    static final Set<DeficiencyStatus> AWAITING_REMEDY = EnumSet.of(DeficiencyStatus.OPEN, DeficiencyStatus.NOTIFIED);

    private static final String RUNNING_ENTRIES =
            " from EntryDate e where e.measure.provider = pr and e.measure.status <> :ended";

    @PersistenceContext
    private EntityManager em;

    public long count(@NotNull @Valid ProviderFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        return (Long) QueryParameters.bind(
                        em.createQuery("select count(pr) from Provider pr where 1 = 1" + where), parameters)
                .getSingleResult();
    }

    public List<ProviderRow> page(
            @NotNull @Valid ProviderFilter filter, @Min(0) int offset, @Min(1) @Max(EXPORT_MAX) int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        parameters.put("ended", MeasureStatus.ENDED);
        parameters.put("awaiting", AWAITING_REMEDY);
        parameters.putIfAbsent("open", OPEN);
        parameters.putIfAbsent("today", JobcenterTime.today());
        List<Object[]> rows = QueryParameters.bind(
                        em.createQuery(
                                "select pr.id, pr.name, pr.address, pr.phone,"
                                        + " pr.certification, pr.certifiedUntil,"
                                        + " (select count(m) from Measure m where m.provider = pr and m.status <> :ended),"
                                        + " (select coalesce(sum(e.places + e.allowance), 0)" + RUNNING_ENTRIES + "),"
                                        + " (select coalesce(sum(e.taken), 0)" + RUNNING_ENTRIES + "),"
                                        + " (select count(c) from ProviderContact c where c.provider = pr and c.active = true),"
                                        + " (select count(d) from Deficiency d where d.provider = pr and d.status in :open),"
                                        + " (select count(d) from Deficiency d where d.provider = pr and d.status in :awaiting and d.deadline < :today)"
                                        + " from Provider pr where 1 = 1" + where + " order by pr.name, pr.id limit "
                                        + limit + " offset " + offset,
                                Object[].class),
                        parameters)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> contracts =
                contracts(rows.stream().map(r -> (Long) r[0]).toList());
        LocalDate today = JobcenterTime.today();
        return rows.stream()
                .map(r -> new ProviderRow(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (LocalDate) r[5],
                        Provider.isCertifiedOn((String) r[4], (LocalDate) r[5], today),
                        contracts.getOrDefault((Long) r[0], List.of()),
                        (Long) r[6],
                        ((Number) r[7]).longValue(),
                        ((Number) r[8]).longValue(),
                        (Long) r[9],
                        (Long) r[10],
                        (Long) r[11]))
                .toList();
    }

    /** All open deficiencies of all providers for the team lead: past their deadline first, then by deadline. */
    @RolesAllowed(TEAM_LEAD)
    public List<OpenDeficiencyRow> openDeficiencies() {
        LocalDate today = JobcenterTime.today();
        return em.createQuery(
                        "select d.id, pr.id, pr.name, d.category, d.status, d.escalation, d.deadline, "
                                + StaffNames.of("d.owner")
                                + " from Deficiency d join d.provider pr where d.status in :open"
                                + " order by case when d.status in :awaiting and d.deadline < :today then 0 else 1 end,"
                                + " d.deadline, pr.name, d.id",
                        Object[].class)
                .setParameter("open", OPEN)
                .setParameter("awaiting", AWAITING_REMEDY)
                .setParameter("today", today)
                .setMaxResults(EXPORT_MAX)
                .getResultStream()
                .map(r -> new OpenDeficiencyRow(
                        (Long) r[0],
                        (Long) r[1],
                        (String) r[2],
                        (DeficiencyCategory) r[3],
                        (DeficiencyStatus) r[4],
                        (EscalationStep) r[5],
                        (LocalDate) r[6],
                        Deficiency.isOverdue((DeficiencyStatus) r[4], (LocalDate) r[6], today),
                        (String) r[7]))
                .toList();
    }

    /** "V-2026-014 Los 2" per provider, from the measures it runs. */
    private Map<Long, List<String>> contracts(List<Long> providerIds) {
        return em.createQuery(
                        "select m.provider.id, m.contractNumber, m.lot from Measure m where m.provider.id in :ids"
                                + " and m.contractNumber is not null group by m.provider.id, m.contractNumber, m.lot"
                                + " order by m.contractNumber, m.lot",
                        Object[].class)
                .setParameter("ids", providerIds)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0],
                        Collectors.mapping(
                                r -> r[2] == null ? (String) r[1] : r[1] + " " + r[2], Collectors.toList())));
    }

    private static String where(ProviderFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        String text = Like.containing(filter.text());
        if (text != null) {
            where.append(" and (lower(pr.name) like :text escape '\\' or lower(pr.address) like :text escape '\\')");
            parameters.put("text", text);
        }
        if (filter.certification() != null) {
            where.append(
                    switch (filter.certification()) {
                        case VALID -> " and pr.certification is not null and pr.certifiedUntil >= :today";
                        case EXPIRED -> " and pr.certification is not null and pr.certifiedUntil < :today";
                        case NONE -> " and pr.certification is null";
                    });
            if (filter.certification() != ProviderFilter.Certification.NONE) {
                parameters.put("today", JobcenterTime.today());
            }
        }
        if (filter.openDeficienciesOnly()) {
            where.append(" and exists (select 1 from Deficiency d where d.provider = pr and d.status in :open)");
            parameters.put("open", OPEN);
        }
        return where.toString();
    }
}
