package de.nahbar.provider.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.MeasureTestData;
import de.nahbar.measure.domain.Provider;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.domain.RuleBroken;

class DeficiencyTest {

    private static final LocalDate TODAY = JobcenterTime.today();
    private static final Instant NOW = Instant.now();

    private final Provider provider = new Provider("Bildungswerk Musterstadt", null, null);
    private final Measure measure = MeasureTestData.measure(provider);

    private Deficiency.Opened open(LocalDate deadline) {
        QualityObservation seen = QualityObservation.ofMeasure(
                measure, ObservationTone.NEGATIVE, TODAY, "Dozent fehlte an drei Tagen", "b.yilmaz", NOW);
        return Deficiency.open(
                provider,
                new Deficiency.Finding(DeficiencyCategory.STAFFING, "Kein Ersatz für den Dozenten", deadline),
                List.of(measure),
                List.of(seen),
                "b.yilmaz",
                NOW);
    }

    @Test
    void openingIsAnEntryWithAuthorTimeAndDeadline() {
        Deficiency.Opened opened = open(TODAY.plusDays(14));
        assertThat(opened.deficiency().getStatus()).isEqualTo(DeficiencyStatus.OPEN);
        assertThat(opened.entry().getKind()).isEqualTo(DeficiencyEntryKind.OPENED);
        assertThat(opened.entry().getAuthor()).isEqualTo("b.yilmaz");
        assertThat(opened.entry().getDeadline()).isEqualTo(TODAY.plusDays(14));
        assertThat(opened.deficiency().getObservations()).hasSize(1);
    }

    @Test
    void aDeadlineForRemedyLiesAhead() {
        assertThatThrownBy(() -> open(TODAY)).isInstanceOf(IllegalArgumentException.class);
        Deficiency deficiency = open(TODAY.plusDays(3)).deficiency();
        assertThatThrownBy(() -> deficiency.notifyProvider(TODAY.minusDays(1), "Schreiben", "b.yilmaz", NOW))
                .isInstanceOfSatisfying(RuleBroken.class, broken -> {
                    // the page shows it at the deadline it asked for
                    assertThat(broken.field()).isEqualTo("deadline");
                    assertThat(broken.messageKey()).isEqualTo("deficiency.error.deadlinePast");
                });
        assertThat(deficiency.getStatus()).isEqualTo(DeficiencyStatus.OPEN);
    }

    @Test
    void aMeasureOfAnotherProviderIsRefused() {
        Measure foreign = MeasureTestData.measure(new Provider("Andere gGmbH", null, null));
        assertThatThrownBy(() -> Deficiency.open(
                        provider,
                        new Deficiency.Finding(DeficiencyCategory.OTHER, "x", TODAY.plusDays(7)),
                        List.of(foreign),
                        List.of(),
                        "b.yilmaz",
                        NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Deficiency.open(
                        provider,
                        new Deficiency.Finding(DeficiencyCategory.OTHER, "x", TODAY.plusDays(7)),
                        List.of(),
                        List.of(),
                        "b.yilmaz",
                        NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusMovesOpenNotifiedEscalatedRemediedClosedOnly() {
        Deficiency deficiency = open(TODAY.plusDays(14)).deficiency();
        assertThatThrownBy(() -> deficiency.remedied("behoben", "b.yilmaz", NOW))
                .isInstanceOf(IllegalStateException.class);
        DeficiencyEntry notified =
                deficiency.notifyProvider(TODAY.plusDays(21), "Aufforderung versandt", "b.yilmaz", NOW);
        assertThat(notified.getStatus()).isEqualTo(DeficiencyStatus.NOTIFIED);
        assertThat(deficiency.getDeadline()).isEqualTo(TODAY.plusDays(21));
        deficiency.escalate(EscalationStep.PENALTY, "Vertragsstrafe angedroht", "t.lehmann", NOW);
        assertThatThrownBy(() -> deficiency.escalate(EscalationStep.WARNING, "milder", "t.lehmann", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(deficiency.getEscalation()).isEqualTo(EscalationStep.PENALTY);
        deficiency.escalate(EscalationStep.TERMINATION, "Kündigung", "t.lehmann", NOW);
        deficiency.close("Vertrag beendet", "t.lehmann", NOW);
        assertThat(deficiency.getStatus()).isEqualTo(DeficiencyStatus.CLOSED);
        assertThatThrownBy(() -> deficiency.passOn(PassedOnTo.AUDIT_SERVICE, "zu spät", "t.lehmann", NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void overdueOnceTheDeadlinePassedWhileAwaitingRemedy() {
        Deficiency deficiency = open(TODAY.plusDays(5)).deficiency();
        assertThat(deficiency.markOverdue(TODAY.plusDays(5))).isFalse();
        assertThat(deficiency.markOverdue(TODAY.plusDays(6))).isTrue();
        assertThat(deficiency.markOverdue(TODAY.plusDays(7))).as("marked once").isFalse();
        assertThat(deficiency.getOverdueSince()).isEqualTo(TODAY.plusDays(6));
        deficiency.notifyProvider(TODAY.plusDays(10), "Neue Frist", "b.yilmaz", NOW);
        assertThat(deficiency.getOverdueSince()).isNull();
        assertThat(Deficiency.isOverdue(DeficiencyStatus.REMEDIED, TODAY.minusDays(1), TODAY))
                .isFalse();
    }

    @Test
    void aCorrectionNamesTheCorrectedEntryOfTheSameDeficiency() {
        Deficiency.Opened opened = open(TODAY.plusDays(14));
        DeficiencyEntry evidence = opened.deficiency().evidence("Anwesenheitsliste fehlt", null, "b.yilmaz", NOW);
        DeficiencyEntry correction =
                opened.deficiency().correction(evidence, "Liste fehlt nur für KW 12", "b.yilmaz", NOW);
        assertThat(correction.getCorrects()).isSameAs(evidence);
        assertThat(evidence.getText()).isEqualTo("Anwesenheitsliste fehlt");
        DeficiencyEntry foreign = open(TODAY.plusDays(14)).deficiency().evidence("x", null, "b.yilmaz", NOW);
        assertThatThrownBy(() -> opened.deficiency().correction(foreign, "y", "b.yilmaz", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
