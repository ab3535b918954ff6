package de.nahbar.provider.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.measure.domain.MeasureStatus;
import de.nahbar.measure.domain.Provider;
import de.nahbar.provider.domain.Deficiency;
import de.nahbar.provider.domain.DeficiencyCategory;
import de.nahbar.provider.domain.DeficiencyEntryKind;
import de.nahbar.provider.domain.DeficiencyStatus;
import de.nahbar.provider.domain.EscalationStep;
import de.nahbar.provider.domain.ObservationTone;
import de.nahbar.shared.domain.Guard;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.service.StaffNames;

/**
 * A provider's page in a bounded number of statements, whatever the provider's history: the
 * lists show the newest entries, the timeline the newest {@link #TIMELINE_SHOWN}. Observations
 * appear without the customer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD, ADMIN})
public class ProviderPageQueries {

    static final int VISITS_SHOWN = 10;
    static final int OBSERVATIONS_SHOWN = 20;
    static final int TIMELINE_SHOWN = 50;
    static final int TIMELINE_TEXT = 300;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ProviderAccess access;

    public Optional<ProviderPage> of(long providerId) {
        Provider p = em.find(Provider.class, providerId);
        if (p == null) {
            return Optional.empty();
        }
        LocalDate today = JobcenterTime.today();
        var master = new ProviderPage.MasterData(
                p.getId(),
                p.getName(),
                p.getAddress(),
                p.getPhone(),
                p.getEmail(),
                p.getCertification(),
                p.getCertifiedBy(),
                p.getCertifiedUntil(),
                p.isCertifiedOn(today),
                p.getVersion());
        List<ProviderPage.MeasureUse> measures = measures(providerId);
        boolean coordinatesOne = measures.stream().anyMatch(ProviderPage.MeasureUse::ownedByCaller);
        boolean teamLead = access.isTeamLead();
        boolean coordinator = access.isCoordinator();
        boolean caseworker = access.isCaseworker();
        boolean admin = access.isAdmin();
        var permissions = new ProviderPage.Permissions(
                caseworker || coordinator || teamLead,
                caseworker || coordinator,
                teamLead || coordinatesOne,
                admin,
                admin || coordinator,
                teamLead || coordinator);
        return Optional.of(new ProviderPage(
                master,
                contacts(providerId),
                measures,
                visits(providerId),
                observations(providerId),
                openDeficiencies(providerId, today),
                timeline(providerId),
                permissions));
    }

    private List<ProviderPage.Contact> contacts(long providerId) {
        List<Object[]> rows = em.createQuery(
                        "select c.id, c.name, c.function, c.phone, c.email, c.version, m.id, m.number"
                                + " from ProviderContact c left join c.measures m where c.provider.id = :p and c.active = true"
                                + " order by c.name, c.id, m.number",
                        Object[].class)
                .setParameter("p", providerId)
                .getResultList();
        Map<Long, List<Object[]>> byContact =
                rows.stream().collect(Collectors.groupingBy(r -> (Long) r[0], LinkedHashMap::new, Collectors.toList()));
        return byContact.values().stream()
                .map(rs -> {
                    Object[] r = rs.get(0);
                    List<Object[]> withMeasure =
                            rs.stream().filter(x -> x[6] != null).toList();
                    return new ProviderPage.Contact(
                            (Long) r[0],
                            (String) r[1],
                            (String) r[2],
                            (String) r[3],
                            (String) r[4],
                            withMeasure.stream().map(x -> (Long) x[6]).toList(),
                            withMeasure.stream().map(x -> (String) x[7]).collect(Collectors.joining(", ")),
                            (Long) r[5]);
                })
                .toList();
    }

    private List<ProviderPage.MeasureUse> measures(long providerId) {
        return em.createQuery(
                        "select m.id, m.number, m.title, m.contractNumber, m.lot, m.status,"
                                + " coalesce(sum(e.places + e.allowance), 0), coalesce(sum(e.taken), 0),"
                                + " case when " + ProviderAccess.OWNED + " then true else false end"
                                + " from Measure m left join EntryDate e on e.measure = m where m.provider.id = :p"
                                + " group by m.id, m.number, m.title, m.contractNumber, m.lot, m.status"
                                + " order by case when m.status = :ended then 1 else 0 end, m.title, m.id",
                        Object[].class)
                .setParameter("p", providerId)
                .setParameter("me", access.caller())
                .setParameter("ended", MeasureStatus.ENDED)
                .getResultStream()
                .map(r -> new ProviderPage.MeasureUse(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (MeasureStatus) r[5],
                        ((Number) r[6]).longValue(),
                        ((Number) r[7]).longValue(),
                        (Boolean) r[8]))
                .toList();
    }

    private List<ProviderPage.Visit> visits(long providerId) {
        List<Object[]> visits = em.createQuery(
                        "select v.id, v.visitedOn, v.impressions, v.agreements, v.nextSteps,"
                                + " v.followUpOn, v.followUpDone from ProviderVisit v where v.provider.id = :p"
                                + " order by v.visitedOn desc, v.id desc",
                        Object[].class)
                .setParameter("p", providerId)
                .setMaxResults(VISITS_SHOWN)
                .getResultList();
        if (visits.isEmpty()) {
            return List.of();
        }
        List<Long> ids = visits.stream().map(r -> (Long) r[0]).toList();
        // who went, whom they met and which measures, for all shown visits in one statement
        Map<Long, Map<String, String>> parts = em.createQuery(
                        "select v.id, 'visitors', concat(s.firstName, ' ', s.lastName)"
                                + " from ProviderVisit v join v.visitors s where v.id in :ids"
                                + " union all select v.id, 'met', c.name from ProviderVisit v join v.met c where v.id in :ids"
                                + " union all select v.id, 'measures', m.number from ProviderVisit v join v.measures m where v.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .sorted(Comparator.comparing(r -> (String) r[2]))
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0],
                        Collectors.groupingBy(
                                r -> (String) r[1], Collectors.mapping(r -> (String) r[2], Collectors.joining(", ")))));
        return visits.stream()
                .map(r -> {
                    Map<String, String> of = parts.getOrDefault((Long) r[0], Map.of());
                    return new ProviderPage.Visit(
                            (Long) r[0],
                            (LocalDate) r[1],
                            of.getOrDefault("visitors", ""),
                            of.getOrDefault("met", ""),
                            of.getOrDefault("measures", ""),
                            (String) r[2],
                            (String) r[3],
                            (String) r[4],
                            (LocalDate) r[5],
                            r[6] != null);
                })
                .toList();
    }

    private List<ProviderPage.Observation> observations(long providerId) {
        return em.createQuery(
                        "select o.id, o.tone, o.observedOn, o.text, m.number, o.placement.id, o.corrects.id,"
                                + " " + StaffNames.of("o.recordedBy")
                                + ", o.recordedAt from QualityObservation o left join o.measure m"
                                + " where o.provider.id = :p order by o.recordedAt desc, o.id desc",
                        Object[].class)
                .setParameter("p", providerId)
                .setMaxResults(OBSERVATIONS_SHOWN)
                .getResultStream()
                .map(r -> new ProviderPage.Observation(
                        (Long) r[0],
                        (ObservationTone) r[1],
                        (LocalDate) r[2],
                        (String) r[3],
                        (String) r[4],
                        r[5] != null,
                        (Long) r[6],
                        (String) r[7],
                        (Instant) r[8]))
                .toList();
    }

    private List<ProviderPage.OpenDeficiency> openDeficiencies(long providerId, LocalDate today) {
        return em.createQuery(
                        "select d.id, d.category, d.description, d.status, d.deadline, d.escalation"
                                + " from Deficiency d where d.provider.id = :p and d.status in :open"
                                + " order by d.deadline, d.id",
                        Object[].class)
                .setParameter("p", providerId)
                .setParameter("open", ProviderDirectoryQueries.OPEN)
                .getResultStream()
                .map(r -> new ProviderPage.OpenDeficiency(
                        (Long) r[0],
                        (DeficiencyCategory) r[1],
                        Guard.shorten((String) r[2], TIMELINE_TEXT),
                        (DeficiencyStatus) r[3],
                        (LocalDate) r[4],
                        (EscalationStep) r[5],
                        Deficiency.isOverdue((DeficiencyStatus) r[3], (LocalDate) r[4], today)))
                .toList();
    }

    /** The newest visits, observations and deficiency entries, merged: three bounded statements. */
    private List<ProviderPage.TimelineItem> timeline(long providerId) {
        List<ProviderPage.TimelineItem> items = new ArrayList<>();
        em.createQuery(
                        "select v.recordedAt, v.impressions, " + StaffNames.of("v.recordedBy")
                                + " from ProviderVisit v where v.provider.id = :p order by v.recordedAt desc",
                        Object[].class)
                .setParameter("p", providerId)
                .setMaxResults(TIMELINE_SHOWN)
                .getResultStream()
                .forEach(r -> items.add(new ProviderPage.TimelineItem(
                        (Instant) r[0],
                        ProviderPage.TimelineItem.Kind.VISIT,
                        "VISIT",
                        Guard.shorten((String) r[1], TIMELINE_TEXT),
                        (String) r[2],
                        null)));
        em.createQuery(
                        "select o.recordedAt, o.tone, o.text, " + StaffNames.of("o.recordedBy")
                                + " from QualityObservation o where o.provider.id = :p order by o.recordedAt desc",
                        Object[].class)
                .setParameter("p", providerId)
                .setMaxResults(TIMELINE_SHOWN)
                .getResultStream()
                .forEach(r -> items.add(new ProviderPage.TimelineItem(
                        (Instant) r[0],
                        ProviderPage.TimelineItem.Kind.OBSERVATION,
                        ((ObservationTone) r[1]).name(),
                        Guard.shorten((String) r[2], TIMELINE_TEXT),
                        (String) r[3],
                        null)));
        em.createQuery(
                        "select x.recordedAt, x.kind, x.status, x.escalation, x.text, " + StaffNames.of("x.author")
                                + ", x.deficiency.id from DeficiencyEntry x where x.deficiency.provider.id = :p"
                                + " order by x.recordedAt desc",
                        Object[].class)
                .setParameter("p", providerId)
                .setMaxResults(TIMELINE_SHOWN)
                .getResultStream()
                .forEach(r -> items.add(new ProviderPage.TimelineItem(
                        (Instant) r[0],
                        ProviderPage.TimelineItem.Kind.DEFICIENCY,
                        entryTitle((DeficiencyEntryKind) r[1], (DeficiencyStatus) r[2], (EscalationStep) r[3]),
                        Guard.shorten((String) r[4], TIMELINE_TEXT),
                        (String) r[5],
                        (Long) r[6])));
        return items.stream()
                .sorted(Comparator.comparing(ProviderPage.TimelineItem::at).reversed())
                .limit(TIMELINE_SHOWN)
                .toList();
    }

    /** A key the web layer translates: the entry kind, or the status or step it records. */
    static String entryTitle(DeficiencyEntryKind kind, DeficiencyStatus status, EscalationStep step) {
        if (kind == DeficiencyEntryKind.ESCALATION && step != null) {
            return step.name();
        }
        if (kind == DeficiencyEntryKind.STATUS && status != null) {
            return status.name();
        }
        return kind.name();
    }
}
