package de.nahbar.measure.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import jakarta.validation.constraints.Size;

import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.MeasureStatus;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.Like;
import de.nahbar.shared.service.QueryParameters;
import de.nahbar.staff.domain.StaffMember;

/**
 * The measure catalogue as caseworkers, coordinators, team leads and administrators search it: filtered,
 * counted and paged in the database, one statement each; and a measure's page. Nothing here is
 * about a customer, so nothing is logged.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD, ADMIN})
public class MeasureCatalogQueries {

    public static final int PAGE_MAX = 200;
    static final int SUGGESTIONS = 10;
    static final int FEEDBACK_SHOWN = 50;

    private static final String FROM = " from Measure m join m.provider pr where m.status <> :ended";

    /** The places of an entry date {@code e} of measure {@code m} count from {@code :from} on (a rolling entry always). */
    private static final String COUNTS_FROM = " e.measure = m and (e.entryOn >= :from or m.entryMode = :rolling)";

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    public long count(@NotNull @Valid MeasureFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        return (Long) QueryParameters.bind(em.createQuery("select count(m)" + FROM + where), parameters)
                .getSingleResult();
    }

    public List<MeasureRow> page(
            @NotNull @Valid MeasureFilter filter, @Min(0) int offset, @Min(1) @Max(PAGE_MAX) int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        parameters.put("from", freeFrom(filter));
        parameters.put("rolling", EntryMode.ROLLING);
        return QueryParameters.bind(
                        em.createQuery(
                                "select new " + MeasureRow.class.getName() + "(m.id, m.number, m.title, m.legalBasis,"
                                        + " m.targetGroup, m.location, pr.name, m.status,"
                                        + " (select coalesce(sum(e.places + e.allowance - e.taken), 0) from EntryDate e where"
                                        + COUNTS_FROM + "),"
                                        + " (select min(e.entryOn) from EntryDate e where" + COUNTS_FROM
                                        + " and e.taken < e.places + e.allowance))"
                                        + FROM + where + " order by m.title, m.id limit " + limit + " offset " + offset,
                                MeasureRow.class),
                        parameters)
                .getResultList();
    }

    /** Measures whose number or title contains the text, for choosing one in a form. */
    public List<MeasureOption> suggest(@Size(max = 100) String text) {
        String pattern = Like.containing(text);
        if (pattern == null) {
            return List.of();
        }
        return em.createQuery(
                        "select new " + MeasureOption.class.getName() + "(m.id, m.number, m.title) from Measure m"
                                + " where m.status <> :ended and (lower(m.number) like :text escape '\\' or lower(m.title) like :text"
                                + " escape '\\') order by m.title",
                        MeasureOption.class)
                .setParameter("ended", MeasureStatus.ENDED)
                .setParameter("text", pattern)
                .setMaxResults(SUGGESTIONS)
                .getResultList();
    }

    /** A measure's page; an unknown id gives an empty result. */
    public Optional<MeasureDetail> detail(long measureId) {
        // read without a transaction: everything the page shows of the measure comes in this one statement
        Measure m = em.createQuery(
                        "select m from Measure m join fetch m.provider left join fetch m.deputyCoordinator"
                                + " left join fetch m.coordinators where m.id = :id",
                        Measure.class)
                .setParameter("id", measureId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (m == null) {
            return Optional.empty();
        }
        boolean owned = m.isCoordinatedBy(context.getCallerPrincipal().getName());
        List<StaffMember> coordinators = m.getCoordinators().stream()
                .sorted(Comparator.comparing(StaffMember::getLastName))
                .toList();
        var terms = m.terms();
        return Optional.of(new MeasureDetail(
                m.getId(),
                m.getNumber(),
                m.getTitle(),
                m.getLegalBasis(),
                m.getContent(),
                m.getTargetGroup(),
                m.getLocation(),
                m.getProvider().getName(),
                m.getProvider().getAddress(),
                m.getProvider().getPhone(),
                terms.contractNumber(),
                terms.lot(),
                m.getMinOccupancy(),
                m.getMaxPlaces(),
                m.getPricePerPlaceMonth(),
                terms.durationWeeks(),
                m.getEntryMode(),
                m.getStartsOn(),
                m.getEndsOn(),
                m.getStatus(),
                m.getHoldWorkingDays(),
                coordinators.stream().map(StaffMember::getDisplayName).toList(),
                m.getDeputyCoordinator() == null
                        ? null
                        : m.getDeputyCoordinator().getDisplayName(),
                owned,
                EntryRows.of(em, List.of(m.getId())),
                em.createQuery(
                                "select new " + MeasureDetail.Feedback.class.getName()
                                        + "(f.writtenAt, f.served, f.didNotServe) from ParticipationFeedback f where f.measure = :m"
                                        + " order by f.writtenAt desc",
                                MeasureDetail.Feedback.class)
                        .setParameter("m", m)
                        .setMaxResults(FEEDBACK_SHOWN)
                        .getResultList(),
                m.getProvider().getId()));
    }

    private static String where(MeasureFilter filter, Map<String, Object> parameters) {
        parameters.put("ended", MeasureStatus.ENDED);
        StringBuilder where = new StringBuilder();
        String text = Like.containing(filter.text());
        if (text != null) {
            where.append(" and (lower(m.title) like :text escape '\\' or lower(m.number) like :text escape '\\'"
                    + " or lower(m.content) like :text escape '\\')");
            parameters.put("text", text);
        }
        if (filter.legalBasis() != null) {
            where.append(" and m.legalBasis = :legalBasis");
            parameters.put("legalBasis", filter.legalBasis());
        }
        if (filter.targetGroup() != null) {
            where.append(" and m.targetGroup = :targetGroup");
            parameters.put("targetGroup", filter.targetGroup());
        }
        String location = Like.containing(filter.location());
        if (location != null) {
            where.append(" and lower(m.location) like :location escape '\\'");
            parameters.put("location", location);
        }
        String provider = Like.containing(filter.provider());
        if (provider != null) {
            where.append(" and lower(pr.name) like :provider escape '\\'");
            parameters.put("provider", provider);
        }
        if (filter.freeFrom() != null) {
            where.append(" and exists (select 1 from EntryDate e where" + COUNTS_FROM
                    + " and e.taken < e.places + e.allowance)");
            parameters.put("from", freeFrom(filter));
            parameters.put("rolling", EntryMode.ROLLING);
        }
        return where.toString();
    }

    private static LocalDate freeFrom(MeasureFilter filter) {
        return filter.freeFrom() == null ? JobcenterTime.today() : filter.freeFrom();
    }
}
