package de.nahbar.it.provider;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.caseload.service.CaseAccessDeniedException;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.StatementCount;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.fixtures.TestMeasures;
import de.nahbar.it.fixtures.TestProviders;
import de.nahbar.it.support.Deployments;
import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.TargetGroup;
import de.nahbar.measure.service.CoordinationService;
import de.nahbar.measure.service.PlacementService;
import de.nahbar.provider.domain.DeficiencyCategory;
import de.nahbar.provider.domain.DeficiencyEntry;
import de.nahbar.provider.domain.DeficiencyStatus;
import de.nahbar.provider.domain.EscalationStep;
import de.nahbar.provider.domain.ObservationTone;
import de.nahbar.provider.domain.PassedOnTo;
import de.nahbar.provider.domain.QualityObservation;
import de.nahbar.provider.service.ContactForm;
import de.nahbar.provider.service.DeficiencyDeadlineTimer;
import de.nahbar.provider.service.DeficiencyDetail;
import de.nahbar.provider.service.DeficiencyForm;
import de.nahbar.provider.service.DeficiencyService;
import de.nahbar.provider.service.EvidenceRefusedException;
import de.nahbar.provider.service.MasterDataForm;
import de.nahbar.provider.service.ObservationForm;
import de.nahbar.provider.service.ProviderAccessDeniedException;
import de.nahbar.provider.service.ProviderAgendaQueries;
import de.nahbar.provider.service.ProviderDirectoryQueries;
import de.nahbar.provider.service.ProviderFilter;
import de.nahbar.provider.service.ProviderPageQueries;
import de.nahbar.provider.service.ProviderRelationsService;
import de.nahbar.provider.service.VisitForm;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.RuleViolationException;
import de.nahbar.staff.domain.Role;

/**
 * Provider relations at the service layer: deficiencies that hold legally (append-only entries,
 * server-side author and time, checked files, overdue deadlines on the owner's Mein Tag) and who
 * may do what: caseworkers read and observe, coordinators manage deficiencies of their own
 * measures, team leads all, administrators the master data, nobody else changes a deficiency.
 */
class ProviderRelationsIT extends ContainerTestCase {

    /** A real one-page PDF and a real picture: evidence is checked as a whole, not by its first bytes. */
    private static final byte[] PDF = onePagePdf();

    private static final byte[] PNG = onePixelPng();

    private static byte[] onePagePdf() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] onePixelPng() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ProviderRelationsIT.class);
    }

    @PersistenceUnit
    private EntityManagerFactory emf;

    @EJB
    private TestCases cases;

    @EJB
    private TestMeasures measures;

    @EJB
    private TestProviders providers;

    @EJB
    private ProviderRelationsService relations;

    @EJB
    private DeficiencyService deficiencies;

    @EJB
    private DeficiencyDeadlineTimer deadlines;

    @EJB
    private ProviderAgendaQueries agenda;

    @EJB
    private ProviderPageQueries pages;

    @EJB
    private ProviderDirectoryQueries directory;

    @EJB
    private PlacementService placements;

    @EJB
    private CoordinationService coordination;

    private String caseworker;
    private String coordinator;
    private String foreignCoordinator;
    private String teamLead;
    private String admin;
    private String auditor;
    private long measure;
    private long provider;

    @BeforeEach
    void createProviderWithMeasure() {
        String team = staff.newTeam("Team Träger");
        caseworker = staff.newMember(team, Role.CASEWORKER);
        coordinator = staff.newMember(team, Role.MEASURE_COORDINATOR);
        foreignCoordinator = staff.newMember(team, Role.MEASURE_COORDINATOR);
        teamLead = staff.newMember(team, Role.TEAM_LEAD);
        admin = staff.newMember(null, Role.ADMIN);
        auditor = staff.newMember(null, Role.AUDITOR);
        measure = measures.newMeasure(coordinator, null, LegalBasis.SGB3_45, TargetGroup.ALL, EntryMode.FIXED_DATES);
        provider = providers.providerOf(measure);
    }

    private long observation(String by) throws Exception {
        return as(
                by,
                PW,
                () -> relations.recordObservation(new ObservationForm(
                        provider,
                        measure,
                        null,
                        ObservationTone.NEGATIVE,
                        JobcenterTime.today().minusDays(1),
                        "Unterricht ausgefallen, niemand informiert.")));
    }

    private DeficiencyForm form(List<Long> observations) {
        return new DeficiencyForm(
                DeficiencyCategory.STAFFING,
                "Kein Ersatz für den erkrankten Dozenten.",
                JobcenterTime.today().plusDays(14),
                List.of(measure),
                observations);
    }

    private long opened() throws Exception {
        long observation = observation(coordinator);
        return as(coordinator, PW, () -> deficiencies.open(provider, form(List.of(observation))));
    }

    private DeficiencyDetail detail(String user, long deficiency) throws Exception {
        return as(user, PW, () -> deficiencies.detail(deficiency)).orElseThrow();
    }

    @Test
    void aCorrectionIsANewEntryThatNamesTheEarlierOneWhichStaysUnchanged() throws Exception {
        long deficiency = opened();
        Instant before = Instant.now();
        long evidence = as(
                coordinator,
                PW,
                () -> deficiencies.addEvidence(deficiency, "Anwesenheitsliste 10.11.: kein Unterricht.", null, null));
        Object[] original = providers.entry(evidence);

        long correction =
                as(teamLead, PW, () -> deficiencies.correct(evidence, "Richtig ist der 11.11., nicht der 10.11."));

        assertArrayEquals(original, providers.entry(evidence), "the corrected entry stays as it was written");
        Object[] stored = providers.entry(correction);
        assertEquals(teamLead, stored[2], "author from the login, not from the client");
        assertEquals(((Number) stored[4]).longValue(), evidence);
        Instant recorded = providers.recordedAt(correction);
        assertThat(recorded).isBetween(before, Instant.now());
        DeficiencyDetail detail = detail(teamLead, deficiency);
        assertThat(detail.entries())
                .extracting(DeficiencyDetail.Entry::text)
                .containsExactly(
                        "Kein Ersatz für den erkrankten Dozenten.",
                        "Anwesenheitsliste 10.11.: kein Unterricht.",
                        "Richtig ist der 11.11., nicht der 10.11.");
        assertThat(detail.entries().get(2).correctsId()).isEqualTo(evidence);
        assertThat(as(teamLead, PW, () -> deficiencies.dossier(provider)).deficiencies())
                .singleElement()
                .satisfies(d -> assertThat(d.entries()).hasSize(3));
    }

    @Test
    void noServiceOffersAWayToChangeOrDeleteAnEntryOrAnObservation() {
        for (Class<?> type : List.of(DeficiencyService.class, ProviderRelationsService.class)) {
            assertThat(Arrays.stream(type.getDeclaredMethods())
                            .filter(m -> Modifier.isPublic(m.getModifiers()))
                            .map(Method::getName))
                    .noneMatch(name -> name.matches("(?i).*(update|delete|remove|edit|change(Entry|Observation)).*"));
        }
        for (Class<?> record : List.of(DeficiencyEntry.class, QualityObservation.class)) {
            assertThat(Arrays.stream(record.getDeclaredMethods())
                            .filter(m -> Modifier.isPublic(m.getModifiers()))
                            .map(Method::getName))
                    .allMatch(name -> name.startsWith("get")
                            || name.startsWith("has")
                            || name.startsWith("is")
                            || name.startsWith("of")
                            || name.equals("correctedBy")
                            || name.equals("equals")
                            || name.equals("hashCode")
                            || name.equals("toString"));
        }
    }

    @Test
    void anObservationIsCorrectedByANewOneAndOnlyByItsAuthor() throws Exception {
        long earlier = observation(caseworker);
        ObservationForm correction = new ObservationForm(
                provider,
                measure,
                null,
                ObservationTone.NEGATIVE,
                JobcenterTime.today().minusDays(2),
                "Es war der Vortag.");

        assertThrows(
                ProviderAccessDeniedException.class,
                () -> as(coordinator, PW, () -> relations.correctObservation(earlier, correction)));
        long corrected = as(caseworker, PW, () -> relations.correctObservation(earlier, correction));

        assertThat(corrected).isNotEqualTo(earlier);
        assertEquals("Unterricht ausgefallen, niemand informiert.", providers.observationText(earlier));
        assertThat(as(caseworker, PW, () -> pages.of(provider)).orElseThrow().observations())
                .anySatisfy(o -> assertThat(o.correctsId()).isEqualTo(earlier));
    }

    @Test
    void theStatusRunsOpenNotifiedEscalatedClosedAndEscalationIsNeverMilder() throws Exception {
        long deficiency = opened();
        LocalDate deadline = JobcenterTime.today().plusDays(21);
        as(
                coordinator,
                PW,
                () -> deficiencies.notifyProvider(
                        deficiency, providers.version(deficiency), deadline, "Aufforderung versandt."));
        as(
                coordinator,
                PW,
                () -> deficiencies.escalate(
                        deficiency,
                        providers.version(deficiency),
                        EscalationStep.PENALTY,
                        "Vertragsstrafe festgesetzt."));

        assertThrows(
                RuleViolationException.class,
                () -> as(
                        coordinator,
                        PW,
                        () -> deficiencies.escalate(
                                deficiency, providers.version(deficiency), EscalationStep.WARNING, "milder")));
        assertThrows(
                RuleViolationException.class,
                () -> as(
                        coordinator,
                        PW,
                        () -> deficiencies.notifyProvider(
                                deficiency, providers.version(deficiency), deadline, "zurück")));
        as(
                coordinator,
                PW,
                () -> deficiencies.passOn(deficiency, PassedOnTo.AUDIT_SERVICE, "An den Prüfdienst gegeben."));
        as(teamLead, PW, () -> deficiencies.close(deficiency, providers.version(deficiency), "Vertrag gekündigt."));

        DeficiencyDetail detail = detail(coordinator, deficiency);
        assertEquals(DeficiencyStatus.CLOSED, detail.status());
        assertEquals(EscalationStep.PENALTY, detail.escalation());
        assertThat(detail.entries())
                .extracting(DeficiencyDetail.Entry::passedOnTo)
                .contains(PassedOnTo.AUDIT_SERVICE);
        assertThat(as(coordinator, PW, () -> deficiencies.letter(deficiency)).deadline())
                .isEqualTo(deadline);
    }

    @Test
    void aStaleVersionIsRefusedAsAConcurrentChange() throws Exception {
        long deficiency = opened();
        long loaded = providers.version(deficiency);
        as(
                teamLead,
                PW,
                () -> deficiencies.notifyProvider(
                        deficiency, loaded, JobcenterTime.today().plusDays(10), "a"));

        assertThrows(
                ConcurrentChangeException.class,
                () -> as(
                        coordinator,
                        PW,
                        () -> deficiencies.notifyProvider(
                                deficiency, loaded, JobcenterTime.today().plusDays(12), "b")));
    }

    @Test
    void filesOfTheAllowedTypesAreKeptWithASafeNameOthersStoreNothing() throws Exception {
        long deficiency = opened();
        long entries = providers.entries(deficiency);

        EvidenceRefusedException wrongType = assertThrows(
                EvidenceRefusedException.class,
                () -> as(
                        coordinator,
                        PW,
                        () -> deficiencies.addEvidence(
                                deficiency, "Liste", "liste.pdf", "MZ ausführbar".getBytes(StandardCharsets.UTF_8))));
        byte[] tooLarge = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        EvidenceRefusedException large = assertThrows(
                EvidenceRefusedException.class,
                () -> as(coordinator, PW, () -> deficiencies.addEvidence(deficiency, "Scan", "scan.pdf", tooLarge)));

        assertEquals("deficiency.error.file.TYPE", wrongType.messageKey());
        assertEquals("deficiency.error.file.TOO_LARGE", large.messageKey());
        assertEquals(entries, providers.entries(deficiency), "a refused file stores no entry");
        assertEquals(0, providers.files(deficiency));

        long photo = as(
                coordinator,
                PW,
                () -> deficiencies.addEvidence(deficiency, "Foto des Raums", "../../Raum <1>.png", PNG));
        assertThat(providers.fileName(photo))
                .doesNotContain("/", "..", "<", ">")
                .endsWith(".png");
        assertArrayEquals(PNG, as(teamLead, PW, () -> deficiencies.file(photo)).content());
        assertEquals(
                "image/png", as(teamLead, PW, () -> deficiencies.file(photo)).contentType());
    }

    @Test
    void theTimerMarksAPassedDeadlineAndPutsTheDeficiencyOnTheOwnersMeinTag() throws Exception {
        long deficiency = opened();
        as(
                coordinator,
                PW,
                () -> deficiencies.notifyProvider(
                        deficiency,
                        providers.version(deficiency),
                        JobcenterTime.today().plusDays(7),
                        "Aufforderung versandt."));
        assertThat(as(coordinator, PW, () -> agenda.mine()).overdue()).isEmpty();

        providers.deadline(deficiency, JobcenterTime.today().minusDays(1));
        as(admin, PW, () -> deadlines.markOverdueNow());

        assertEquals(JobcenterTime.today(), providers.overdueSince(deficiency));
        assertThat(as(coordinator, PW, () -> agenda.mine()).overdue())
                .extracting(ProviderAgendaQueries.Overdue::deficiencyId)
                .containsExactly(deficiency);
        assertThat(as(foreignCoordinator, PW, () -> agenda.mine()).overdue()).isEmpty();

        as(
                coordinator,
                PW,
                () -> deficiencies.remedied(deficiency, providers.version(deficiency), "Ersatzkraft ab Montag."));
        assertThat(as(coordinator, PW, () -> agenda.mine()).overdue()).isEmpty();
    }

    @Test
    void aVisitsFollowUpLandsOnTheVisitorsMeinTagAndOnlyTheVisitorClosesIt() throws Exception {
        long visit = as(
                caseworker,
                PW,
                () -> relations.recordVisit(
                        provider,
                        new VisitForm(
                                JobcenterTime.today(),
                                "Räume gut, Personal knapp.",
                                "Vertretungsplan bis Freitag.",
                                "Vertretungsplan prüfen",
                                JobcenterTime.today().plusDays(2),
                                List.of(),
                                List.of(),
                                List.of(measure))));

        assertThat(as(caseworker, PW, () -> agenda.mine()).followUps())
                .extracting(ProviderAgendaQueries.FollowUp::visitId)
                .containsExactly(visit);
        assertThrows(
                ProviderAccessDeniedException.class, () -> as(coordinator, PW, () -> relations.followUpDone(visit)));
        as(caseworker, PW, () -> relations.followUpDone(visit));
        assertThat(as(caseworker, PW, () -> agenda.mine()).followUps()).isEmpty();
    }

    @Test
    void aVisitInTheFutureOrAFollowUpWithoutStepsIsRefusedAtItsField() {
        RuleViolationException future = assertThrows(
                RuleViolationException.class,
                () -> as(
                        caseworker,
                        PW,
                        () -> relations.recordVisit(
                                provider,
                                new VisitForm(
                                        JobcenterTime.today().plusDays(1),
                                        "x",
                                        null,
                                        null,
                                        null,
                                        List.of(),
                                        List.of(),
                                        List.of()))));
        assertEquals("visitedOn", future.field());
        assertEquals("provider.error.visitInFuture", future.messageKey());
        RuleViolationException noSteps = assertThrows(
                RuleViolationException.class,
                () -> as(
                        caseworker,
                        PW,
                        () -> relations.recordVisit(
                                provider,
                                new VisitForm(
                                        JobcenterTime.today(),
                                        "x",
                                        null,
                                        null,
                                        JobcenterTime.today().plusDays(3),
                                        List.of(),
                                        List.of(),
                                        List.of()))));
        assertEquals("nextSteps", noSteps.field());
        assertEquals("provider.error.followUpNeedsSteps", noSteps.messageKey());
        RuleViolationException pastFollowUp = assertThrows(
                RuleViolationException.class,
                () -> as(
                        caseworker,
                        PW,
                        () -> relations.recordVisit(
                                provider,
                                new VisitForm(
                                        JobcenterTime.today(),
                                        "x",
                                        null,
                                        "Anrufen",
                                        JobcenterTime.today().minusDays(1),
                                        List.of(),
                                        List.of(),
                                        List.of()))));
        assertEquals("followUpOn", pastFollowUp.field());
        assertEquals("provider.error.followUpPast", pastFollowUp.messageKey());
    }

    @Test
    void theProviderPageAndTheDossierTakeAsManyStatementsForALongHistoryAsForAShortOne() throws Exception {
        opened();
        as(
                caseworker,
                PW,
                () -> relations.recordVisit(
                        provider,
                        new VisitForm(
                                JobcenterTime.today(),
                                "Erster Besuch",
                                null,
                                null,
                                null,
                                List.of(),
                                List.of(),
                                List.of(measure))));
        long pageShort = StatementCount.of(emf, () -> as(teamLead, PW, () -> pages.of(provider)));
        long dossierShort = StatementCount.of(emf, () -> as(teamLead, PW, () -> deficiencies.dossier(provider)));
        for (int i = 0; i < 6; i++) {
            as(
                    caseworker,
                    PW,
                    () -> relations.recordVisit(
                            provider,
                            new VisitForm(
                                    JobcenterTime.today(),
                                    "Besuch",
                                    null,
                                    null,
                                    null,
                                    List.of(),
                                    List.of(),
                                    List.of(measure))));
            long deficiency = opened();
            as(coordinator, PW, () -> deficiencies.addEvidence(deficiency, "Nachweis", "liste.pdf", PDF));
        }

        assertEquals(pageShort, StatementCount.of(emf, () -> as(teamLead, PW, () -> pages.of(provider))));
        assertEquals(
                dossierShort, StatementCount.of(emf, () -> as(teamLead, PW, () -> deficiencies.dossier(provider))));
    }

    // --- who may do what: each forbidden cell tried -------------------------------------------

    @Test
    void aCaseworkerReadsProvidersAndObservesButCannotChangeADeficiency() throws Exception {
        long deficiency = opened();

        assertThat(as(caseworker, PW, () -> pages.of(provider))).isPresent();
        assertThat(as(caseworker, PW, () -> directory.count(new ProviderFilter(null, null, true))))
                .isPositive();
        assertThat(observation(caseworker)).isPositive();
        assertThat(detail(caseworker, deficiency).manageable()).isFalse();
        assertThrows(
                EJBAccessException.class,
                () -> as(caseworker, PW, () -> deficiencies.addEvidence(deficiency, "von der Seite", null, null)));
        assertThrows(
                EJBAccessException.class,
                () -> as(
                        caseworker,
                        PW,
                        () -> deficiencies.notifyProvider(
                                deficiency,
                                providers.version(deficiency),
                                JobcenterTime.today().plusDays(5),
                                "x")));
        assertThrows(
                EJBAccessException.class, () -> as(caseworker, PW, () -> deficiencies.open(provider, form(List.of()))));
        assertThrows(EJBAccessException.class, () -> as(caseworker, PW, () -> deficiencies.dossier(provider)));
        assertThrows(EJBAccessException.class, () -> as(caseworker, PW, () -> deficiencies.letter(deficiency)));
        assertThrows(
                EJBAccessException.class,
                () -> as(
                        caseworker,
                        PW,
                        () -> relations.saveContact(
                                provider, null, 0, new ContactForm("Eva Neu", "Dozentin", null, null, List.of()))));
        assertThrows(
                EJBAccessException.class,
                () -> as(
                        caseworker,
                        PW,
                        () -> relations.changeMasterData(
                                provider, 0, new MasterDataForm("Neue Straße 1", null, null, null, null, null))));
    }

    @Test
    void aCoordinatorManagesOnlyDeficienciesOfMeasuresTheyCoordinate() throws Exception {
        long deficiency = opened();

        assertThrows(
                ProviderAccessDeniedException.class,
                () -> as(foreignCoordinator, PW, () -> deficiencies.addEvidence(deficiency, "fremd", null, null)));
        assertThrows(
                ProviderAccessDeniedException.class,
                () -> as(
                        foreignCoordinator,
                        PW,
                        () -> deficiencies.escalate(
                                deficiency, providers.version(deficiency), EscalationStep.WARNING, "fremd")));
        assertThrows(
                ProviderAccessDeniedException.class,
                () -> as(foreignCoordinator, PW, () -> deficiencies.open(provider, form(List.of()))));
        assertThat(detail(foreignCoordinator, deficiency).manageable()).isFalse();
        assertThat(as(foreignCoordinator, PW, () -> deficiencies.dossier(provider))
                        .deficiencies())
                .isEmpty();
        assertThrows(
                EJBAccessException.class,
                () -> as(
                        coordinator,
                        PW,
                        () -> relations.changeMasterData(
                                provider, 0, new MasterDataForm("Neue Straße 1", null, null, null, null, null))));
        assertThat(as(teamLead, PW, () -> deficiencies.addEvidence(deficiency, "Teamleitung ergänzt.", null, null)))
                .isPositive();
    }

    @Test
    void anAdministratorMaintainsMasterDataButNoDeficiencyAndNobodyElseChangesOne() throws Exception {
        long deficiency = opened();
        long version =
                as(admin, PW, () -> pages.of(provider)).orElseThrow().master().version();

        as(
                admin,
                PW,
                () -> relations.changeMasterData(
                        provider,
                        version,
                        new MasterDataForm(
                                "Neue Straße 1, 12345 Teststadt",
                                "0345 9",
                                "info@traeger.example",
                                "AZAV",
                                "CERTQUA GmbH",
                                JobcenterTime.today().plusYears(1))));

        assertEquals(
                "Neue Straße 1, 12345 Teststadt",
                as(admin, PW, () -> pages.of(provider)).orElseThrow().master().address());
        assertThrows(EJBAccessException.class, () -> as(admin, PW, () -> deficiencies.open(provider, form(List.of()))));
        assertThrows(
                EJBAccessException.class,
                () -> as(admin, PW, () -> deficiencies.addEvidence(deficiency, "x", null, null)));
        assertThrows(
                EJBAccessException.class,
                () -> as(
                        admin,
                        PW,
                        () -> relations.recordObservation(new ObservationForm(
                                provider, null, null, ObservationTone.POSITIVE, JobcenterTime.today(), "x"))));
        assertThrows(EJBAccessException.class, () -> as(auditor, PW, () -> deficiencies.detail(deficiency)));
        assertThrows(EJBAccessException.class, () -> as(auditor, PW, () -> pages.of(provider)));
        assertThrows(EJBAccessException.class, () -> as(auditor, PW, () -> directory.count(ProviderFilter.all())));
        assertThrows(EJBAccessException.class, () -> as(auditor, PW, () -> deficiencies.remedied(deficiency, 0, "x")));
    }

    @Test
    void aCaseworkerObservesOnlyParticipationsOfTheirOwnCustomers() throws Exception {
        String team = staff.newTeam("Team Fremd");
        String otherCaseworker = staff.newMember(team, Role.CASEWORKER);
        long customer = cases.newCustomer(caseworker, "Beobachtet", LocalDate.of(1990, 5, 5));
        long entry = measures.newEntryDate(measure, JobcenterTime.today(), 3);
        long placement = as(caseworker, PW, () -> placements.reserve(measures.consent(customer, measure), entry));
        as(coordinator, PW, () -> coordination.confirm(placement, measures.version(placement)));
        ObservationForm aboutIt = new ObservationForm(
                null,
                null,
                placement,
                ObservationTone.NEGATIVE,
                JobcenterTime.today(),
                "Kunde wurde nach Hause geschickt.");

        assertThrows(
                CaseAccessDeniedException.class,
                () -> as(otherCaseworker, PW, () -> relations.recordObservation(aboutIt)));
        long observed = as(caseworker, PW, () -> relations.recordObservation(aboutIt));

        long deficiency = as(coordinator, PW, () -> deficiencies.open(provider, form(List.of(observed))));
        assertThat(detail(coordinator, deficiency).participationNumbers()).hasSize(1);
        assertThat(detail(otherCaseworker, deficiency).participationNumbers()).isEmpty();
        assertThat(detail(otherCaseworker, deficiency).participations()).isEqualTo(1);
        assertEquals(1, measures.accessLogEntries(coordinator, "DEFICIENCY_FILE"));
        assertEquals(0, measures.accessLogEntries(otherCaseworker, "DEFICIENCY_FILE"));
    }
}
