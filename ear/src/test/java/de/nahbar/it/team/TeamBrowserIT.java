package de.nahbar.it.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import de.nahbar.it.support.BrowserTestCase;
import de.nahbar.it.support.PostgresForTests;

/**
 * The team lead's page: the team's caseloads against the legal key as table and chart (with a
 * text alternative), handing a customer over with a reason, and the providers' open deficiencies.
 */
class TeamBrowserIT extends BrowserTestCase {

    @Test
    void aTeamLeadReadsTheCaseloadsAndHandsACustomerOverWithAReason() {
        browser.login("c.meyer", PASSWORD);
        browser.open("/team/overview.xhtml");
        long annaBefore = customersOf("Anna Schulz");
        long lukasBefore = customersOf("Lukas Koch");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[id='loadChart'] canvas"))
                        .getAttribute("aria-label"))
                .contains("Auslastung");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        browser.type(By.id("reassignForm:numbers"), "123");
        browser.choose("reassignForm:to", "Lukas Koch");
        browser.type(By.id("reassignForm:reason"), "Ausgleich während der Einarbeitung");
        browser.click(By.id("reassignForm:reassign"));
        browser.waitForText(By.id("reassignForm:numbersMessage"), "Keine gültige Kundennummer");

        String number = PostgresForTests.queryString("select c.customer_number from customer c join staff_member m"
                + " on m.id = c.caseworker_id where m.username = 'a.schulz' order by c.id desc limit 1");
        browser.type(By.id("reassignForm:numbers"), number);
        browser.click(By.id("reassignForm:reassign"));
        browser.waitForText(By.id("globalMessages"), "Ein Fall ist übergeben");

        assertThat(customersOf("Anna Schulz")).isEqualTo(annaBefore - 1);
        assertThat(customersOf("Lukas Koch")).isEqualTo(lukasBefore + 1);
        assertThat(PostgresForTests.queryString(
                        "select r.reason from reassignment r join customer c on c.id = r.customer_id"
                                + " where c.customer_number = ?",
                        number))
                .isEqualTo("Ausgleich während der Einarbeitung");

        // handed back, so that Anna Schulz's demo caseload is whole again for the other browser tests
        browser.type(By.id("reassignForm:numbers"), number);
        browser.choose("reassignForm:to", "Anna Schulz");
        browser.type(By.id("reassignForm:reason"), "Rückgabe nach der Einarbeitung");
        browser.click(By.id("reassignForm:reassign"));
        browser.waitUntil("the handover back", d -> {
            try {
                return customersOf("Anna Schulz") == annaBefore;
            } catch (RuntimeException rerendering) {
                return false;
            }
        });
        assertThat(customersOf("Lukas Koch")).isEqualTo(lukasBefore);

        browser.click(By.id("setDeputies"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/caseload/deputies.xhtml"));
    }

    @Test
    void theProvidersOpenDeficienciesLeadToTheDeficiencyWithTheOverdueFirst() {
        browser.login("c.meyer", PASSWORD);
        browser.open("/team/overview.xhtml");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='deficiencies_data'] tr"));
        // overdue first (other tests add deficiencies of their own providers; the order is the rule, not the position)
        List<Boolean> overdue = rows.stream()
                .map(r -> r.getText().contains("Frist überschritten"))
                .toList();
        assertThat(overdue.indexOf(false) < 0
                        || !overdue.subList(overdue.indexOf(false), overdue.size())
                                .contains(true))
                .as("overdue deficiencies before the others: " + overdue)
                .isTrue();
        WebElement demo = rows.stream()
                .filter(r -> r.getText().contains("Bildungswerk Musterstadt gGmbH"))
                .findFirst()
                .orElseThrow();
        assertThat(demo.getText()).contains("Frist überschritten");
        assertThat(browser.text(By.id("deficiencies"))).contains("Jugendwerkstatt Brücke gGmbH", "Abmahnung");

        demo.findElement(By.linkText("Personal")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/provider/deficiency.xhtml"));
        assertThat(browser.text(By.id("description"))).contains("Kein qualifizierter Ersatz");
    }

    private long customersOf(String caseworker) {
        WebElement row = browser.driver().findElements(By.cssSelector("[id='caseloads_data'] tr")).stream()
                .filter(r -> r.findElements(By.tagName("td")).get(0).getText().equals(caseworker))
                .findFirst()
                .orElseThrow();
        return Long.parseLong(row.findElements(By.tagName("td")).get(1).getText());
    }
}
