package de.nahbar.it.caseload;

import static de.nahbar.it.fixtures.Identities.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.nahbar.caseload.service.CaseloadFilter;
import de.nahbar.caseload.service.CaseloadQueries;
import de.nahbar.caseload.service.CaseloadRow;
import de.nahbar.caseload.service.CaseloadSort;
import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.support.Deployments;
import de.nahbar.reach.service.CallLookupService;
import de.nahbar.reach.service.CallMatch;
import de.nahbar.staff.domain.Role;

/**
 * The lookup box and the caseload find a customer by every way nahbar writes or a person types
 * a name, a customer number or a phone number: "Demir, Testkunde" as nahbar lists them, the
 * words in any order, without their diacritics, the number with a space, the phone with the
 * trunk zero after the country code; and never a customer of another caseload.
 */
class CustomerSearchIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CustomerSearchIT.class);
    }

    @EJB
    private CallLookupService lookup;

    @EJB
    private CaseloadQueries caseload;

    @EJB
    private TestCases cases;

    private String me;
    private long yilmaz;
    private long ozturk;
    private String ozturkNumber;

    @BeforeEach
    void twoCustomersWithDiacritics() {
        me = staff.newMember(staff.newTeam("Team Suche"), Role.CASEWORKER);
        yilmaz = cases.newCustomer(me, "Yılmaz", LocalDate.of(1988, 3, 3));
        ozturk = cases.newCustomer(me, "Öztürk", LocalDate.of(1979, 4, 4));
        ozturkNumber = cases.customerNumber(ozturk);
        cases.setPhone(ozturk, "0151 2103187");
        cases.newCustomer(
                staff.newMember(staff.newTeam("Team Fremd"), Role.CASEWORKER), "Yılmaz", LocalDate.of(1990, 1, 1));
    }

    private List<Long> found(String typed) throws Exception {
        return as(me, PW, () -> lookup.find(typed)).stream().map(CallMatch::id).toList();
    }

    private List<Long> listed(String typed) throws Exception {
        CaseloadFilter filter = new CaseloadFilter(typed, null, null, null, null, null, null, false);
        return as(me, PW, () -> caseload.page(filter, CaseloadSort.NAME, true, 0, 50)).stream()
                .map(CaseloadRow::id)
                .toList();
    }

    @Test
    void theLookupBoxFindsTheCallerHoweverTheirNameOrNumberIsWritten() throws Exception {
        assertThat(found("Yilmaz")).as("without the dotless i").containsExactly(yilmaz);
        assertThat(found("Yılmaz, Testkunde")).as("as nahbar writes the name").containsExactly(yilmaz);
        assertThat(found("Testkunde Ozturk")).as("first name first, no umlauts").containsExactly(ozturk);
        assertThat(found("Oeztuerk")).as("umlauts as two letters").containsExactly(ozturk);
        assertThat(found("+49 (0) 151 2103187"))
                .as("the trunk zero after the country code")
                .containsExactly(ozturk);
        assertThat(found("0151/21031")).containsExactly(ozturk);
        assertThat(found(ozturkNumber.substring(0, 4) + " " + ozturkNumber.substring(4)))
                .as("the number with a space")
                .containsExactly(ozturk);
        assertThat(found("Yılmaz Müller")).as("every word must be in the name").isEmpty();
    }

    @Test
    void theCaseloadSearchFollowsTheSameRule() throws Exception {
        assertThat(listed("Testkunde, Yilmaz")).containsExactly(yilmaz);
        assertThat(listed("ozturk")).containsExactly(ozturk);
        assertThat(listed(ozturkNumber.substring(0, 4) + " " + ozturkNumber.substring(4)))
                .containsExactly(ozturk);
        assertThat(listed(ozturkNumber.substring(0, 5)))
                .as("the number's beginning")
                .contains(ozturk);
        assertThat(listed("Testkunde")).containsExactlyInAnyOrder(yilmaz, ozturk);
    }
}
