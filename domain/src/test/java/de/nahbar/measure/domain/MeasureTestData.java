package de.nahbar.measure.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.StaffMember;

/** Small builders for the measure entities in unit tests. */
public final class MeasureTestData {

    static final LocalDate TODAY = JobcenterTime.today();

    private MeasureTestData() {}

    public static MeasureTerms terms(int minOccupancy, int maxPlaces, LocalDate startsOn, LocalDate endsOn) {
        return new MeasureTerms(
                "962-45-2026-001",
                "Aktivierungscenter",
                LegalBasis.SGB3_45,
                "Bewerbung üben",
                TargetGroup.ALL,
                "Musterstadt",
                "V-1",
                "Los 1",
                minOccupancy,
                maxPlaces,
                new BigDecimal("612.50"),
                12,
                EntryMode.FIXED_DATES,
                startsOn,
                endsOn);
    }

    public static Measure measure(Provider provider) {
        return new Measure(terms(8, 12, TODAY.minusMonths(1), TODAY.plusMonths(11)), provider);
    }

    static Measure measure() {
        return new Measure(
                terms(8, 12, TODAY.minusMonths(1), TODAY.plusMonths(11)),
                new Provider("Bildungswerk Musterstadt", null, null));
    }

    static Customer customer() {
        return new Customer(
                "123D456789",
                "Mehmet",
                "Öztürk",
                LocalDate.of(1990, 5, 17),
                new StaffMember("a.schulz", "Anna", "Schulz", "$2a$10$hash"));
    }

    static Proposal consent(Measure measure) {
        return new Proposal(
                customer(),
                measure,
                ProposalOutcome.CONSENT,
                TODAY,
                new Proposal.Informed(true, true, true),
                null,
                null,
                null,
                "a.schulz",
                Instant.now());
    }
}
