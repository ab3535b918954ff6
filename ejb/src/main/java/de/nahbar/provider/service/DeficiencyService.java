package de.nahbar.provider.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.audit.domain.AccessLogEntry;
import de.nahbar.audit.domain.AccessPurpose;
import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.Provider;
import de.nahbar.provider.domain.Deficiency;
import de.nahbar.provider.domain.DeficiencyCategory;
import de.nahbar.provider.domain.DeficiencyEntry;
import de.nahbar.provider.domain.DeficiencyEntryKind;
import de.nahbar.provider.domain.DeficiencyStatus;
import de.nahbar.provider.domain.EscalationStep;
import de.nahbar.provider.domain.EvidenceFile;
import de.nahbar.provider.domain.EvidenceUpload;
import de.nahbar.provider.domain.ObservationTone;
import de.nahbar.provider.domain.PassedOnTo;
import de.nahbar.provider.domain.QualityObservation;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.ConcurrentChanges;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.service.StaffNames;

/**
 * Deficiencies that hold legally: opened from observations by the coordinator of the affected
 * measures or a team lead, then only appended to (evidence with files, corrections, status,
 * escalation, passing on). There is no method that changes or deletes an entry. Everyone on
 * staff but the auditor reads a deficiency's file; files and customer numbers only those who
 * manage it.
 */
@Stateless
@Interceptors(DomainRules.class)
@RolesAllowed({MEASURE_COORDINATOR, TEAM_LEAD})
public class DeficiencyService {

    public static final int TEXT_MAX = DeficiencyEntry.TEXT_MAX;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ProviderAccess access;

    public long open(long providerId, @NotNull @Valid DeficiencyForm form) {
        Provider provider = em.find(Provider.class, providerId);
        if (provider == null) {
            throw new ProviderAccessDeniedException(access.caller(), "provider " + providerId);
        }
        List<Measure> measures = form.measureIds().isEmpty()
                ? List.of()
                : em.createQuery("select m from Measure m where m.id in :ids", Measure.class)
                        .setParameter("ids", form.measureIds())
                        .getResultList();
        access.requireMayOpen(measures);
        List<QualityObservation> observations = form.observationIds().isEmpty()
                ? List.of()
                : em.createQuery(
                                "select o from QualityObservation o left join fetch o.placement where o.id in :ids",
                                QualityObservation.class)
                        .setParameter("ids", form.observationIds())
                        .getResultList();
        if (observations.size() != form.observationIds().stream().distinct().count()) {
            throw new IllegalArgumentException("unknown observation");
        }
        Deficiency.Opened opened = Deficiency.open(
                provider,
                new Deficiency.Finding(form.category(), form.description(), form.deadline()),
                measures,
                observations,
                access.caller(),
                Instant.now());
        em.persist(opened.deficiency());
        em.persist(opened.entry());
        em.flush();
        return opened.deficiency().getId();
    }

    /**
     * A file offered as evidence, checked as a whole before anything is stored; the page asks at
     * once, so that a wrong file is told when it is chosen. Returns the name it will be kept under.
     */
    public String checkFile(String fileName, byte[] content) {
        return checked(fileName, content).fileName();
    }

    private static EvidenceUpload checked(String fileName, byte[] content) {
        try {
            return EvidenceFiles.checked(fileName, content);
        } catch (EvidenceUpload.RefusedException e) {
            throw new EvidenceRefusedException(e.refusal());
        }
    }

    /** Evidence: text and perhaps a file (checked here; a refused file stores nothing). */
    public long addEvidence(long deficiencyId, @Size(max = TEXT_MAX) String text, String fileName, byte[] content) {
        Deficiency deficiency = access.deficiencyToManage(deficiencyId);
        EvidenceUpload upload = content == null ? null : checked(fileName, content);
        DeficiencyEntry entry = deficiency.evidence(text, upload, access.caller(), Instant.now());
        em.persist(entry);
        if (upload != null) {
            em.persist(new EvidenceFile(entry, upload));
        }
        em.flush();
        return entry.getId();
    }

    /** A correction of an entry: new evidence that names it. */
    public long correct(long entryId, @Size(max = TEXT_MAX) String text) {
        DeficiencyEntry corrected = em.find(DeficiencyEntry.class, entryId);
        if (corrected == null) {
            throw new ProviderAccessDeniedException(access.caller(), "entry " + entryId);
        }
        Deficiency deficiency =
                access.deficiencyToManage(corrected.getDeficiency().getId());
        return append(deficiency.correction(corrected, text, access.caller(), Instant.now()));
    }

    /** The written demand to remedy went to the provider with this deadline. */
    public long notifyProvider(
            long deficiencyId, long version, @NotNull LocalDate deadline, @Size(max = TEXT_MAX) String text) {
        Deficiency deficiency = current(deficiencyId, version);
        return append(deficiency.notifyProvider(deadline, text, access.caller(), Instant.now()));
    }

    public long remedied(long deficiencyId, long version, @Size(max = TEXT_MAX) String text) {
        return append(current(deficiencyId, version).remedied(text, access.caller(), Instant.now()));
    }

    public long close(long deficiencyId, long version, @Size(max = TEXT_MAX) String text) {
        return append(current(deficiencyId, version).close(text, access.caller(), Instant.now()));
    }

    public long escalate(
            long deficiencyId, long version, @NotNull EscalationStep step, @Size(max = TEXT_MAX) String text) {
        return append(current(deficiencyId, version).escalate(step, text, access.caller(), Instant.now()));
    }

    public long passOn(long deficiencyId, @NotNull PassedOnTo to, @Size(max = TEXT_MAX) String text) {
        return append(access.deficiencyToManage(deficiencyId).passOn(to, text, access.caller(), Instant.now()));
    }

    private Deficiency current(long deficiencyId, long version) {
        Deficiency deficiency = access.deficiencyToManage(deficiencyId);
        if (deficiency.getVersion() != version) {
            throw new ConcurrentChangeException("deficiency " + deficiencyId);
        }
        return deficiency;
    }

    private long append(DeficiencyEntry entry) {
        em.persist(entry);
        ConcurrentChanges.flush(em, "deficiency " + entry.getDeficiency().getId());
        return entry.getId();
    }

    /** A deficiency's file; an unknown id gives an empty result. */
    @RolesAllowed({CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD, ADMIN})
    public Optional<DeficiencyDetail> detail(long deficiencyId) {
        List<DeficiencyDetail> found = details("d.id = :key", deficiencyId);
        return found.stream().findFirst();
    }

    /** The file of an evidence entry, for those who manage its deficiency. */
    public EvidenceDownload file(long entryId) {
        DeficiencyEntry entry = em.find(DeficiencyEntry.class, entryId);
        if (entry == null || !entry.hasFile()) {
            throw new ProviderAccessDeniedException(access.caller(), "file " + entryId);
        }
        access.deficiencyToManage(entry.getDeficiency().getId());
        EvidenceFile file = em.find(EvidenceFile.class, entryId);
        return new EvidenceDownload(entry.getFileName(), entry.getContentType(), file.getContent());
    }

    /** The written demand as it was sent: from the latest entry that recorded the notification. */
    public DemandLetter letter(long deficiencyId) {
        Deficiency d = access.deficiencyToManage(deficiencyId);
        DeficiencyEntry notified = em.createQuery(
                        "select x from DeficiencyEntry x where x.deficiency = :d"
                                + " and x.status = :notified order by x.recordedAt desc, x.id desc",
                        DeficiencyEntry.class)
                .setParameter("d", d)
                .setParameter("notified", DeficiencyStatus.NOTIFIED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the provider was not notified yet"));
        List<String> measures = em.createQuery(
                        "select concat(m.number, ' ', m.title, coalesce(concat(' (Vertrag ',"
                                + " m.contractNumber, coalesce(concat(', ', m.lot), ''), ')'), ''))"
                                + " from Deficiency d join d.measures m where d = :d order by m.number",
                        String.class)
                .setParameter("d", d)
                .getResultList();
        List<DemandLetter.Evidence> evidence = new ArrayList<>();
        em.createQuery(
                        "select o.observedOn, o.text from Deficiency d join d.observations o where d = :d"
                                + " order by o.observedOn",
                        Object[].class)
                .setParameter("d", d)
                .getResultStream()
                .forEach(r -> evidence.add(new DemandLetter.Evidence((LocalDate) r[0], (String) r[1])));
        em.createQuery(
                        "select x.recordedAt, x.text from DeficiencyEntry x where x.deficiency = :d and x.kind = :evidence"
                                + " and x.recordedAt <= :until order by x.recordedAt",
                        Object[].class)
                .setParameter("d", d)
                .setParameter("evidence", DeficiencyEntryKind.EVIDENCE)
                .setParameter("until", notified.getRecordedAt())
                .getResultStream()
                .forEach(r ->
                        evidence.add(new DemandLetter.Evidence(JobcenterTime.dayOf((Instant) r[0]), (String) r[1])));
        Object[] signer = em.createQuery(
                        "select concat(s.firstName, ' ', s.lastName), s.email from StaffMember s"
                                + " where s.username = :u",
                        Object[].class)
                .setParameter("u", notified.getAuthor())
                .getResultStream()
                .findFirst()
                .orElse(new Object[] {notified.getAuthor(), null});
        Provider provider = d.getProvider();
        return new DemandLetter(
                d.getId(),
                provider.getName(),
                provider.getAddress(),
                null,
                measures,
                d.getCategory(),
                d.getDescription(),
                evidence,
                JobcenterTime.dayOf(notified.getRecordedAt()),
                notified.getDeadline(),
                notified.getText(),
                (String) signer[0],
                (String) signer[1]);
    }

    /** A provider's deficiency history: for a team lead all deficiencies, for a coordinator those they manage. */
    public Dossier dossier(long providerId) {
        Provider provider = em.find(Provider.class, providerId);
        if (provider == null) {
            throw new ProviderAccessDeniedException(access.caller(), "provider " + providerId);
        }
        List<DeficiencyDetail> deficiencies = details("d.provider.id = :key", providerId).stream()
                .filter(DeficiencyDetail::manageable)
                .toList();
        String certification = provider.getCertification() == null
                ? null
                : provider.getCertification()
                        + (provider.getCertifiedBy() == null ? "" : ", " + provider.getCertifiedBy()) + ", gültig bis "
                        + provider.getCertifiedUntil();
        return new Dossier(
                provider.getName(), provider.getAddress(), certification, Instant.now(), access.caller(), deficiencies);
    }

    /** The files of deficiencies matching {@code condition} on {@code d} with {@code :key}: six statements for any number. */
    private List<DeficiencyDetail> details(String condition, long key) {
        List<Object[]> rows = em.createQuery(
                        "select d.id, pr.id, pr.name, d.category, d.description, d.status, d.deadline,"
                                + " d.escalation, " + StaffNames.of("d.owner") + ", d.openedAt, d.version"
                                + " from Deficiency d join d.provider pr where " + condition
                                + " order by d.openedAt, d.id",
                        Object[].class)
                .setParameter("key", key)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<String>> measures = pairs(em.createQuery(
                        "select d.id, concat(m.number, ' · ', m.title)"
                                + " from Deficiency d join d.measures m where d.id in :ids order by m.number",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList());
        Map<Long, List<String>> participations = pairs(em.createQuery(
                        "select d.id, c.customerNumber"
                                + " from Deficiency d join d.placements p join p.customer c where d.id in :ids order by c.customerNumber",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList());
        Map<Long, List<ProviderPage.Observation>> observations = em.createQuery(
                        "select d.id, o.id, o.tone, o.observedOn,"
                                + " o.text, m.number, o.placement.id, o.corrects.id, " + StaffNames.of("o.recordedBy")
                                + ", o.recordedAt from Deficiency d join d.observations o left join o.measure m where d.id in :ids"
                                + " order by o.observedOn, o.id",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0],
                        Collectors.mapping(
                                r -> new ProviderPage.Observation(
                                        (Long) r[1],
                                        (ObservationTone) r[2],
                                        (LocalDate) r[3],
                                        (String) r[4],
                                        (String) r[5],
                                        r[6] != null,
                                        (Long) r[7],
                                        (String) r[8],
                                        (Instant) r[9]),
                                Collectors.toList())));
        Map<Long, List<DeficiencyDetail.Entry>> entries = em.createQuery(
                        "select x.deficiency.id, x.id, x.kind, x.text,"
                                + " x.status, x.escalation, x.passedOnTo, x.deadline, x.corrects.id, x.fileName, x.contentType,"
                                + " x.fileSize, " + StaffNames.of("x.author") + ", x.recordedAt from DeficiencyEntry x"
                                + " where x.deficiency.id in :ids order by x.recordedAt, x.id",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0],
                        Collectors.mapping(
                                r -> new DeficiencyDetail.Entry(
                                        (Long) r[1],
                                        (DeficiencyEntryKind) r[2],
                                        (String) r[3],
                                        (DeficiencyStatus) r[4],
                                        (EscalationStep) r[5],
                                        (PassedOnTo) r[6],
                                        (LocalDate) r[7],
                                        (Long) r[8],
                                        (String) r[9],
                                        (String) r[10],
                                        (Integer) r[11],
                                        (String) r[12],
                                        (Instant) r[13]),
                                Collectors.toList())));
        List<Long> manageable = manageable(ids);
        LocalDate today = JobcenterTime.today();
        List<String> shown = new ArrayList<>();
        List<DeficiencyDetail> details = rows.stream()
                .map(r -> {
                    long id = (Long) r[0];
                    DeficiencyStatus status = (DeficiencyStatus) r[5];
                    boolean manage = manageable.contains(id);
                    List<String> numbers = participations.getOrDefault(id, List.of());
                    if (manage) {
                        shown.addAll(numbers);
                    }
                    return new DeficiencyDetail(
                            id,
                            (Long) r[1],
                            (String) r[2],
                            (DeficiencyCategory) r[3],
                            (String) r[4],
                            status,
                            (LocalDate) r[6],
                            (EscalationStep) r[7],
                            Deficiency.isOverdue(status, (LocalDate) r[6], today),
                            (String) r[8],
                            (Instant) r[9],
                            measures.getOrDefault(id, List.of()),
                            numbers.size(),
                            manage ? numbers : List.of(),
                            observations.getOrDefault(id, List.of()),
                            entries.getOrDefault(id, List.of()),
                            manage,
                            manage ? List.copyOf(status.next()) : List.of(),
                            (Long) r[10]);
                })
                .toList();
        Instant now = Instant.now();
        shown.stream()
                .distinct()
                .forEach(number -> em.persist(
                        new AccessLogEntry(now, access.caller(), number, AccessPurpose.DEFICIENCY_FILE.name(), null)));
        return details;
    }

    private List<Long> manageable(List<Long> ids) {
        if (access.isTeamLead()) {
            return ids;
        }
        if (!access.isCoordinator()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct d.id from Deficiency d join d.measures m where d.id in :ids and "
                                + ProviderAccess.OWNED,
                        Long.class)
                .setParameter("ids", ids)
                .setParameter("me", access.caller())
                .getResultList();
    }

    private static Map<Long, List<String>> pairs(List<Object[]> rows) {
        return rows.stream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0], Collectors.mapping(r -> (String) r[1], Collectors.toList())));
    }
}
