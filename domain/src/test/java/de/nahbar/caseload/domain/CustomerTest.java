package de.nahbar.caseload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import de.nahbar.shared.domain.RuleBroken;

class CustomerTest {

    @Test
    void customerNumberHasTheFormThreeDigitsDSixDigits() {
        assertThat(Customer.isValidNumber("123D456789")).isTrue();
        assertThat(Customer.isValidNumber("123d456789")).isFalse();
        assertThat(Customer.isValidNumber("12D3456789")).isFalse();
        assertThat(Customer.isValidNumber("123D45678")).isFalse();
        assertThat(Customer.isValidNumber(null)).isFalse();
        assertThatThrownBy(
                        () -> new Customer("ABC", "A", "B", LocalDate.of(1990, 1, 1), CaseTestData.caseworker("x.y")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newCustomerIsObservedWithOpenMandate() {
        Customer customer = CaseTestData.customer();
        assertThat(customer.getSupportMode()).isEqualTo(SupportMode.OBSERVING);
        assertThat(customer.getMandateStatus()).isEqualTo(MandateStatus.OPEN);
        assertThat(customer.getDisplayName()).isEqualTo("Öztürk, Mehmet");
    }

    @Test
    void under25CountsForTheCaseloadKey() {
        Customer customer = CaseTestData.customer();
        assertThat(customer.ageOn(LocalDate.of(2015, 5, 16))).isEqualTo(24);
        assertThat(customer.isUnder25On(LocalDate.of(2015, 5, 16))).isTrue();
        assertThat(customer.isUnder25On(LocalDate.of(2015, 5, 17))).isFalse();
    }

    @Test
    void masterDataRefusesMalformedPhoneAndEmail() {
        Customer customer = CaseTestData.customer();
        customer.changeMasterData("Mehmet", "Öztürk", LocalDate.of(1990, 5, 17), "+49 30 1234-567", "m.oe@example.org");
        assertThat(customer.getPhone()).isEqualTo("+49 30 1234-567");

        assertThatThrownBy(() -> customer.changeMasterData("M", "Ö", LocalDate.of(1990, 5, 17), "call me", null))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("phone"));
        assertThatThrownBy(() -> customer.changeMasterData("M", "Ö", LocalDate.of(1990, 5, 17), null, "<script>@x.de"))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() ->
                        customer.changeMasterData("M", "Ö", LocalDate.now().plusDays(1), null, null))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("birthDate"));
        assertThatThrownBy(() -> customer.changeMasterData(" ", "Ö", LocalDate.of(1990, 5, 17), null, null))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.messageKey()).isEqualTo("validation.required"));
        assertThatThrownBy(() -> customer.changeMasterData("M", "Ö".repeat(101), LocalDate.of(1990, 5, 17), null, null))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("lastName"));
        assertThat(customer.getPhone()).isEqualTo("+49 30 1234-567");
    }

    @Test
    void supportModeChangeKeepsDateAndReason() {
        Customer customer = CaseTestData.customer();
        SupportModeChange change = customer.changeSupportMode(
                SupportMode.ACTIVE, LocalDate.of(2026, 11, 2), "Möchte eine Ausbildung beginnen", "a.schulz");

        assertThat(customer.getSupportMode()).isEqualTo(SupportMode.ACTIVE);
        assertThat(change.getReason()).isEqualTo("Möchte eine Ausbildung beginnen");
        assertThatThrownBy(() -> customer.changeSupportMode(SupportMode.OBSERVING, LocalDate.now(), " ", "a.schulz"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void declinedMandateKeepsTheCustomersWords() {
        Customer customer = CaseTestData.customer();
        customer.clarifyMandate(MandateStatus.DECLINED, LocalDate.of(2026, 10, 1), "Erst die Pflege der Mutter regeln");

        assertThat(customer.getMandateStatus()).isEqualTo(MandateStatus.DECLINED);
        assertThat(customer.getMandateGoals()).isEqualTo("Erst die Pflege der Mutter regeln");
    }

    @Test
    void givenMandateNeedsItsDateAndARefusalChangesNothing() {
        Customer customer = CaseTestData.customer();
        assertThatThrownBy(() -> customer.clarifyMandate(MandateStatus.GIVEN, null, "Arbeit finden"))
                .isInstanceOfSatisfying(
                        RuleBroken.class, broken -> assertThat(broken.field()).isEqualTo("mandateOn"));
        assertThat(customer.getMandateStatus()).isEqualTo(MandateStatus.OPEN);
        assertThat(customer.getMandateGoals()).isNull();
    }

    @Test
    void phoneIsKeptAsTypedAndFoundByItsCanonicalForm() {
        Customer customer = CaseTestData.customer();
        customer.changeMasterData("Mehmet", "Öztürk", LocalDate.of(1990, 5, 17), "0151 / 234 56 78", null);
        assertThat(customer.getPhone()).isEqualTo("0151 / 234 56 78");
        assertThat(customer.getPhoneKey()).isEqualTo("+491512345678");
        assertThatThrownBy(() ->
                        customer.changeMasterData("Mehmet", "Öztürk", LocalDate.of(1990, 5, 17), "234 56 78", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(customer.getPhoneKey()).isEqualTo("+491512345678");
    }

    @Test
    void anAddressHasAllThreePartsAndAGermanPostalCode() {
        Customer customer = CaseTestData.customer();
        assertThat(customer.hasAddress()).isFalse();
        assertThatThrownBy(() -> customer.changeAddress("Lindenstraße 4", null, "Musterstadt"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> customer.changeAddress("Lindenstraße 4", "0612", "Musterstadt"))
                .isInstanceOf(IllegalArgumentException.class);
        customer.changeAddress("Lindenstraße 4", "06108", "Musterstadt");
        assertThat(customer.hasAddress()).isTrue();
        customer.changeAddress(null, null, null);
        assertThat(customer.hasAddress()).isFalse();
    }
}
