package de.nahbar.measure.domain;

import static de.nahbar.measure.domain.MeasureTestData.TODAY;
import static de.nahbar.measure.domain.MeasureTestData.consent;
import static de.nahbar.measure.domain.MeasureTestData.customer;
import static de.nahbar.measure.domain.MeasureTestData.measure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import de.nahbar.shared.domain.RuleBroken;

class PlacementTest {

    private final Measure measure = measure();
    private final EntryDate entry = measure.addEntryDate(TODAY.plusDays(14), 10);

    @Test
    void consentIsInformedAboutContentProviderAndVoluntarinessOrItIsNoConsent() {
        assertThatThrownBy(() -> new Proposal(
                        customer(),
                        measure,
                        ProposalOutcome.CONSENT,
                        TODAY,
                        new Proposal.Informed(true, true, false),
                        null,
                        null,
                        null,
                        "a.schulz",
                        Instant.now()))
                .isInstanceOfSatisfying(RuleBroken.class, broken -> {
                    assertThat(broken.field()).isEqualTo("informed");
                    assertThat(broken.messageKey()).isEqualTo("case_measures.informedRequired");
                });
        Proposal declined = new Proposal(
                customer(),
                measure,
                ProposalOutcome.DECLINED,
                TODAY,
                Proposal.Informed.NOTHING,
                null,
                null,
                null,
                "a.schulz",
                Instant.now());
        assertThat(declined.hasConsent()).isFalse();
    }

    @Test
    void aFollowUpDateBelongsToNotYetOnly() {
        assertThatThrownBy(() -> new Proposal(
                        customer(),
                        measure,
                        ProposalOutcome.DECLINED,
                        TODAY,
                        Proposal.Informed.NOTHING,
                        null,
                        null,
                        TODAY.plusDays(30),
                        "a.schulz",
                        Instant.now()))
                .isInstanceOfSatisfying(RuleBroken.class, broken -> {
                    assertThat(broken.field()).isEqualTo("followUpOn");
                    assertThat(broken.messageKey()).isEqualTo("case_measures.followUpOnlyNotYet");
                });
        Proposal notYet = new Proposal(
                customer(),
                measure,
                ProposalOutcome.NOT_YET,
                TODAY,
                Proposal.Informed.NOTHING,
                null,
                "Kinderbetreuung zuerst",
                TODAY.plusDays(30),
                "a.schulz",
                Instant.now());
        assertThat(notYet.getFollowUpOn()).isEqualTo(TODAY.plusDays(30));
    }

    @Test
    void noPlacementWithoutStandingConsent() {
        Proposal notYet = new Proposal(
                customer(),
                measure,
                ProposalOutcome.NOT_YET,
                TODAY,
                Proposal.Informed.NOTHING,
                null,
                null,
                null,
                "a.schulz",
                Instant.now());
        assertThatThrownBy(() -> Placement.reserve(notYet, entry, Instant.now(), "a.schulz", Instant.now()))
                .isInstanceOf(IllegalStateException.class);

        Proposal consent = consent(measure);
        consent.withdrawConsent(TODAY, "a.schulz");
        assertThatThrownBy(() -> Placement.queue(consent, entry, "a.schulz", Instant.now()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theWayRunsFromReservationToCompletionAndRecordsEveryStep() {
        Placement placement =
                Placement.reserve(consent(measure), entry, Instant.now().plusSeconds(3600), "a.schulz", Instant.now());

        for (PlacementStatus next : new PlacementStatus[] {
            PlacementStatus.ALLOCATED,
            PlacementStatus.STARTED,
            PlacementStatus.DROPOUT_RISK,
            PlacementStatus.STARTED,
            PlacementStatus.COMPLETED
        }) {
            PlacementEvent event = placement.changeTo(next, null, "b.yilmaz", Instant.now());
            assertThat(event.getStatus()).isEqualTo(next);
        }
        assertThat(placement.getStatus().holdsPlace()).isFalse();
        assertThatThrownBy(() -> placement.changeTo(PlacementStatus.STARTED, null, "b.yilmaz", Instant.now()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sendingBackAndDroppingOutNeedAReason() {
        Placement placement =
                Placement.reserve(consent(measure), entry, Instant.now().plusSeconds(3600), "a.schulz", Instant.now());
        assertThatThrownBy(() -> placement.changeTo(PlacementStatus.RETURNED, " ", "b.yilmaz", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(placement
                        .changeTo(PlacementStatus.RETURNED, "Zielgruppe passt nicht", "b.yilmaz", Instant.now())
                        .getReason())
                .isEqualTo("Zielgruppe passt nicht");
    }

    @Test
    void aReservationCannotSkipTheAllocationAndTheWaitingListIsOfferedAPlaceWithADeadline() {
        Placement reserved =
                Placement.reserve(consent(measure), entry, Instant.now().plusSeconds(60), "a.schulz", Instant.now());
        assertThatThrownBy(() -> reserved.changeTo(PlacementStatus.STARTED, null, "b.yilmaz", Instant.now()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(reserved.hasLapsed(Instant.now().plusSeconds(120))).isTrue();

        Placement waiting = Placement.queue(consent(measure), entry, "a.schulz", Instant.now());
        assertThat(waiting.getStatus().holdsPlace()).isFalse();
        waiting.offer(Instant.now().plusSeconds(3600), "nahbar", Instant.now());
        assertThat(waiting.getStatus()).isEqualTo(PlacementStatus.RESERVED);
        assertThat(waiting.getHoldUntil()).isNotNull();
    }

    @Test
    void anEntryDateOfAnotherMeasureIsRefused() {
        EntryDate foreign = measure().addEntryDate(TODAY.plusDays(14), 5);
        assertThatThrownBy(() -> Placement.reserve(consent(measure), foreign, Instant.now(), "a.schulz", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
