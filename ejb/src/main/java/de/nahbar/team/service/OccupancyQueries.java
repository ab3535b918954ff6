package de.nahbar.team.service;

import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.domain.Role;

/**
 * The team lead's occupancy overview of all measures (Auslastung). Two aggregate statements
 * whatever the number of placements: one line per measure with its current figures and the
 * places occupied on each month's reference day, and the entry dates of the coming weeks with
 * free places. The reference day is the month's last day, in the current month today; a month
 * counts for a measure when the measure runs on that day; months ahead do not count yet.
 */
@Stateless
@RolesAllowed(TEAM_LEAD)
@Interceptors(DomainRules.class)
public class OccupancyQueries {

    /** How far ahead free places and upcoming exits are looked for. */
    public static final int WEEKS_AHEAD = 8;

    public static final int FREE_ENTRIES_MAX = 200;

    @PersistenceContext
    private EntityManager em;

    public OccupancyReport report(@NotNull @Valid OccupancyFilter filter) {
        LocalDate today = JobcenterTime.today();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = filter.from(); !m.isAfter(filter.to()); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<LocalDate> referenceDays = months.stream()
                .map(m -> m.isAfter(YearMonth.from(today))
                        ? null
                        : (m.equals(YearMonth.from(today)) ? today : m.atEndOfMonth()))
                .toList();
        StringBuilder select = new StringBuilder("select m.id, m.number, m.title, pr.name, m.legalBasis, m.location,"
                + " m.startsOn, m.endsOn, m.maxPlaces, m.minOccupancy, m.pricePerPlaceMonth,"
                + " sum(case when p.status = :reserved then 1 else 0 end),"
                + " sum(case when p.status = :allocated then 1 else 0 end),"
                + " sum(case when p.status in :participating then 1 else 0 end),"
                + " (select coalesce(sum(ed.places + ed.allowance - ed.taken), 0) from EntryDate ed"
                + "   where ed.measure.id = m.id and ed.entryOn >= :today),"
                + " sum(case when p.status in :tookPart and e.entryOn between :periodStart and :dueUntil then 1 else 0 end),"
                + " sum(case when p.status = :noShow and e.entryOn between :periodStart and :dueUntil then 1 else 0 end),"
                + " sum(case when p.status in :participating and (e.entryOn + m.durationWeeks week) between :today and :horizon"
                + "   then 1 else 0 end)");
        for (int i = 0; i < months.size(); i++) {
            if (referenceDays.get(i) != null) {
                // occupied on the reference day: entered by then and still in, or left on that day or later
                select.append(", sum(case when p.status in :tookPart and e.entryOn <= :day")
                        .append(i)
                        .append(" and (p.status in :participating or p.changedAt >= :dayStart")
                        .append(i)
                        .append(") then 1 else 0 end)");
            }
        }
        select.append(
                        " from Measure m join m.provider pr left join Placement p on p.measure = m left join p.entryDate e")
                .append(where(filter))
                .append(" group by m.id, m.number, m.title, pr.name, m.legalBasis, m.location, m.startsOn, m.endsOn,"
                        + " m.maxPlaces, m.minOccupancy, m.pricePerPlaceMonth order by m.number");
        TypedQuery<Object[]> query = em.createQuery(select.toString(), Object[].class)
                .setParameter("reserved", PlacementStatus.RESERVED)
                .setParameter("allocated", PlacementStatus.ALLOCATED)
                .setParameter("participating", PlacementStatus.participating())
                .setParameter("tookPart", PlacementStatus.thatTookPart())
                .setParameter("noShow", PlacementStatus.NO_SHOW)
                .setParameter("today", today)
                .setParameter("horizon", today.plusWeeks(WEEKS_AHEAD))
                .setParameter("dueUntil", min(filter.to().atEndOfMonth(), today));
        for (int i = 0; i < months.size(); i++) {
            if (referenceDays.get(i) != null) {
                query.setParameter("day" + i, referenceDays.get(i))
                        .setParameter("dayStart" + i, JobcenterTime.startOf(referenceDays.get(i)));
            }
        }
        bind(query, filter);
        List<MeasureOccupancy> measures =
                query.getResultStream().map(r -> measure(r, referenceDays)).toList();
        return new OccupancyReport(filter, today, months, measures, freeEntries(filter, today));
    }

    /** Drill-down of one measure: entry dates with places, free places and allocations by number and status. */
    public List<EntryAllocations> entries(long measureId) {
        Map<Long, List<EntryAllocations.Allocation>> allocations = em.createQuery(
                        "select e.id, c.customerNumber, p.status"
                                + " from Placement p join p.entryDate e join p.customer c where p.measure.id = :measure"
                                + " and p.status <> :waiting order by e.entryOn, c.customerNumber",
                        Object[].class)
                .setParameter("measure", measureId)
                .setParameter("waiting", PlacementStatus.WAITING)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0],
                        LinkedHashMap::new,
                        Collectors.mapping(
                                r -> new EntryAllocations.Allocation((String) r[1], (PlacementStatus) r[2]),
                                Collectors.toList())));
        return em.createQuery(
                        "select e.id, e.entryOn, e.places, e.places + e.allowance - e.taken from EntryDate e"
                                + " where e.measure.id = :measure order by e.entryOn",
                        Object[].class)
                .setParameter("measure", measureId)
                .getResultStream()
                .map(r -> new EntryAllocations(
                        (LocalDate) r[1],
                        (Integer) r[2],
                        ((Number) r[3]).longValue(),
                        allocations.getOrDefault((Long) r[0], List.of())))
                .toList();
    }

    /** Providers, coordinators and teams the filter offers. */
    public OccupancyChoices choices() {
        List<OccupancyChoices.Option> providers = em.createQuery(
                        "select distinct pr.id, pr.name from Measure m" + " join m.provider pr order by pr.name",
                        Object[].class)
                .getResultStream()
                .map(r -> new OccupancyChoices.Option(String.valueOf(r[0]), (String) r[1]))
                .toList();
        List<OccupancyChoices.Option> coordinators = em.createQuery(
                        "select distinct c.username, c.lastName, c.firstName"
                                + " from Measure m join m.coordinators c order by c.lastName, c.firstName",
                        Object[].class)
                .getResultStream()
                .map(r -> new OccupancyChoices.Option((String) r[0], r[2] + " " + r[1]))
                .toList();
        List<String> teams = em.createQuery(
                        "select distinct t.name from StaffMember s join s.team t join s.roles r"
                                + " where r = :coordinator order by t.name",
                        String.class)
                .setParameter("coordinator", Role.MEASURE_COORDINATOR)
                .getResultList();
        return new OccupancyChoices(providers, coordinators, teams);
    }

    private List<FreeEntry> freeEntries(OccupancyFilter filter, LocalDate today) {
        TypedQuery<Object[]> query = em.createQuery(
                        "select m.id, m.number, m.title, ed.entryOn,"
                                + " ed.places + ed.allowance - ed.taken from EntryDate ed join ed.measure m"
                                + where(filter)
                                + " and ed.entryOn between :today and :horizon and ed.places + ed.allowance > ed.taken"
                                + " order by ed.entryOn, m.number",
                        Object[].class)
                .setParameter("today", today)
                .setParameter("horizon", today.plusWeeks(WEEKS_AHEAD))
                .setMaxResults(FREE_ENTRIES_MAX);
        bind(query, filter);
        LocalDate fourWeeks = today.plusWeeks(4);
        return query.getResultStream()
                .map(r -> new FreeEntry(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (LocalDate) r[3],
                        ((Number) r[4]).longValue(),
                        !((LocalDate) r[3]).isAfter(fourWeeks)))
                .toList();
    }

    /** The filter's conditions on the measure {@code m}; empty fields do not filter. */
    private static String where(OccupancyFilter filter) {
        StringBuilder where = new StringBuilder(" where m.startsOn <= :periodEnd and m.endsOn >= :periodStart");
        if (filter.legalBasis() != null) {
            where.append(" and m.legalBasis = :legalBasis");
        }
        if (filter.providerId() != null) {
            where.append(" and m.provider.id = :provider");
        }
        if (present(filter.coordinator())) {
            where.append(
                    " and exists (select 1 from Measure mc join mc.coordinators c where mc.id = m.id and c.username = :coordinator)");
        }
        if (present(filter.team())) {
            where.append(
                    " and exists (select 1 from Measure mt join mt.coordinators c where mt.id = m.id and c.team.name = :team)");
        }
        if (present(filter.location())) {
            where.append(" and lower(m.location) like :location escape '\\'");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, OccupancyFilter filter) {
        query.setParameter("periodStart", filter.from().atDay(1))
                .setParameter("periodEnd", filter.to().atEndOfMonth());
        if (filter.legalBasis() != null) {
            query.setParameter("legalBasis", filter.legalBasis());
        }
        if (filter.providerId() != null) {
            query.setParameter("provider", filter.providerId());
        }
        if (present(filter.coordinator())) {
            query.setParameter("coordinator", filter.coordinator().strip());
        }
        if (present(filter.team())) {
            query.setParameter("team", filter.team().strip());
        }
        if (present(filter.location())) {
            String escaped = filter.location()
                    .strip()
                    .toLowerCase(Locale.GERMAN)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            query.setParameter("location", "%" + escaped + "%");
        }
    }

    private static MeasureOccupancy measure(Object[] r, List<LocalDate> referenceDays) {
        LocalDate startsOn = (LocalDate) r[6];
        LocalDate endsOn = (LocalDate) r[7];
        List<Integer> occupied = new ArrayList<>();
        int column = 18;
        for (LocalDate day : referenceDays) {
            if (day == null) {
                occupied.add(null);
                continue;
            }
            int value = ((Number) r[column++]).intValue();
            occupied.add(startsOn.isAfter(day) || endsOn.isBefore(day) ? null : value);
        }
        return new MeasureOccupancy(
                (Long) r[0],
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (LegalBasis) r[4],
                (String) r[5],
                startsOn,
                endsOn,
                (Integer) r[8],
                (Integer) r[9],
                (BigDecimal) r[10],
                count(r[11]),
                count(r[12]),
                count(r[13]),
                count(r[14]),
                count(r[15]),
                count(r[16]),
                count(r[17]),
                occupied);
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
