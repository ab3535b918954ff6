package de.nahbar.it.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import de.nahbar.it.fixtures.BenefitsRows;
import de.nahbar.it.support.Browser;
import de.nahbar.it.support.ExtraServer;
import de.nahbar.it.support.ExtraServerTestCase;
import de.nahbar.it.support.PostgresForTests;

/**
 * Day one of a Jobcenter (README, "Running in production"; docs/operations.md): nahbar started
 * for production on an empty PostgreSQL, without demo data, creates two administrators and writes
 * each start password once to the server log. The first sets an own password, enters the
 * Jobcenter, a location and a team, and creates a caseworker's login; the second confirms the
 * role (four eyes); the administrator sets a responsibility rule and reads the first full benefits
 * file; the caseworker logs in, finds its customers and registers the first walk-in, who is then in her
 * caseload. A used start password is worthless, and a restart creates nobody else.
 */
class FirstStartIT extends ExtraServerTestCase {

    private static final int OFFSET = 900;
    private static final String DATABASE = "nahbar_first_start";
    private static final Pattern START_PASSWORD =
            Pattern.compile("Benutzername „(admin2?)“, Startpasswort „([a-z0-9-]{19})“");
    private static final String OWN_PASSWORD = "Grüne Bänke am Marktplatz";
    private static final String SECOND_PASSWORD = "Blaue Boote im Stadthafen";
    private static final String CASEWORKER_PASSWORD = "Gelbe Räder am Bahnhof";

    @BeforeAll
    static void start() {
        PostgresForTests.freshDatabase(DATABASE);
        server = ExtraServer.start(
                "first-start", "standalone-nahbar-postgresql.xml", OFFSET, "-Dnahbar.db.name=" + DATABASE);
    }

    @Test
    void twoAdministratorsSetUpTheJobcenterATeamAndACaseworkerWhoThenLogsIn() throws Exception {
        Map<String, String> announced = startPasswords();
        assertThat(announced).as("one start password each in the log").containsOnlyKeys("admin", "admin2");
        assertThat(PostgresForTests.queryStringIn(DATABASE, "select count(*) from staff_member"))
                .isEqualTo("2");

        try (Browser admin = Browser.start(server.url())) {
            admin.login("admin", announced.get("admin"));
            assertThat(admin.path()).isEqualTo("/account/password.xhtml");
            admin.open("/admin/staff.xhtml");
            assertThat(admin.path()).as("nothing before an own password").isEqualTo("/account/password.xhtml");
            ownPassword(admin, announced.get("admin"), OWN_PASSWORD);
            admin.waitUntil(d -> d.getCurrentUrl().endsWith("/admin/staff.xhtml"));
            admin.waitForText(By.id("staffForm:staff"), "Administration");

            admin.open("/admin/organisation.xhtml");
            admin.waitForText(By.id("jobcenterHeading"), "Das Jobcenter");
            assertThat(admin.seriousAccessibilityViolations()).isEmpty();
            admin.type(By.id("jobcenterForm:name"), "Jobcenter Neustadt");
            admin.type(By.id("jobcenterForm:street"), "Bahnhofstraße 3");
            admin.type(By.id("jobcenterForm:postalCode"), "1234");
            admin.type(By.id("jobcenterForm:city"), "Neustadt");
            admin.type(By.id("jobcenterForm:phone"), "06321 855-0");
            admin.type(By.id("jobcenterForm:email"), "jobcenter-neustadt@jobcenter-ge.example");
            admin.click(By.id("jobcenterForm:saveJobcenter"));
            admin.waitForText(By.id("jobcenterForm:postalCodeMessage"), "fünf Ziffern");
            admin.type(By.id("jobcenterForm:postalCode"), "67433");
            admin.click(By.id("jobcenterForm:saveJobcenter"));
            admin.waitForText(By.id("globalMessages"), "Die Angaben des Jobcenters sind gespeichert");

            admin.click(By.id("locationsForm:newLocation"));
            admin.waitUntil(
                    d -> !d.findElements(By.id("locationForm:locationName")).isEmpty());
            admin.type(By.id("locationForm:locationName"), "Geschäftsstelle Bahnhof");
            admin.type(By.id("locationForm:locationPostalCode"), "67433");
            admin.type(By.id("locationForm:locationCity"), "Neustadt");
            admin.click(By.id("locationForm:saveLocation"));
            admin.waitForText(By.id("locationsForm:locations"), "Geschäftsstelle Bahnhof");

            admin.open("/admin/organisation.xhtml");
            admin.waitForText(By.id("locationsForm:locations"), "Geschäftsstelle Bahnhof");
            admin.click(By.id("teamsForm:newTeam"));
            admin.waitUntil(d -> !d.findElements(By.id("teamForm:teamName")).isEmpty());
            assertThat(admin.seriousAccessibilityViolations()).isEmpty();
            admin.type(By.id("teamForm:teamName"), "Team Markt Bahnhof");
            admin.choose("teamForm:teamKind", "Markt und Integration");
            admin.choose("teamForm:teamLocation", "Geschäftsstelle Bahnhof");
            admin.click(By.id("teamForm:saveTeam"));
            admin.waitForText(By.id("teamsForm:teams"), "Team Markt Bahnhof");
            assertThat(admin.text(By.id("teamsForm:teams")))
                    .contains("Markt und Integration", "Geschäftsstelle Bahnhof", "keine Teamleitung");

            admin.open("/admin/staff.xhtml");
            admin.click(By.id("staffForm:newLogin"));
            admin.waitUntil(d -> !d.findElements(By.id("newLoginForm:username")).isEmpty());
            admin.type(By.id("newLoginForm:username"), "k.neu");
            admin.type(By.id("newLoginForm:firstName"), "Karla");
            admin.type(By.id("newLoginForm:lastName"), "Neu");
            admin.choose("newLoginForm:team", "Team Markt Bahnhof");
            admin.driver()
                    .findElement(By.cssSelector("[id='newLoginForm:roles'] .ui-chkbox-box"))
                    .click();
            admin.click(By.id("newLoginForm:create"));
            admin.waitForText(By.id("globalMessages"), "Die Anmeldung k.neu ist angelegt.");
        }

        try (Browser stranger = Browser.start(server.url())) {
            stranger.login("admin", announced.get("admin"));
            assertThat(stranger.has(By.id("loginError")))
                    .as("the logged start password is used up")
                    .isTrue();
        }

        String caseworkerStart;
        try (Browser second = Browser.start(server.url())) {
            second.login("admin2", announced.get("admin2"));
            ownPassword(second, announced.get("admin2"), SECOND_PASSWORD);
            second.waitUntil(d -> d.getCurrentUrl().endsWith("/admin/staff.xhtml"));
            second.open("/staff/approvals.xhtml");
            second.waitForText(By.id("approvalsForm:pending"), "k.neu");
            second.click(By.xpath("//tr[contains(., 'k.neu')]//button[contains(@id, ':confirm')]"));
            second.waitForText(By.id("approvalsForm:startPassword"), "Startpasswort für Karla Neu");
            caseworkerStart = second.text(By.id("startPasswordValue"));
        }

        // the benefits side's first full file: three customers, for Karla Neu by the rule set now
        try (Browser admin = Browser.start(server.url())) {
            admin.login("admin", OWN_PASSWORD);
            admin.open("/admin/benefits.xhtml");
            admin.choose("ruleForm:caseworker", "Neu, Karla (Team Markt Bahnhof)");
            admin.click(By.id("ruleForm:addRule"));
            admin.waitForText(By.id("globalMessages"), "Die Regel ist angelegt.");
            Path file = Files.createTempFile("vollbestand-", ".csv");
            Files.writeString(
                    file,
                    BenefitsRows.HEADER
                            + BenefitsRows.row("674D000010", "Arslan", LocalDate.of(1980, 1, 2), "67433", "", "")
                            + BenefitsRows.row("674D000011", "Böhm", LocalDate.of(1975, 3, 4), "67433", "", "")
                            + BenefitsRows.row("674D000012", "Wolf", LocalDate.of(1966, 5, 6), "67434", "", ""));
            admin.click(By.cssSelector("label[for='uploadForm:kind:0']"));
            admin.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            admin.waitUntil("the run", d -> admin.has(By.id("shownSummary")));
            assertThat(admin.text(By.id("shownSummary"))).contains("3 Zeilen: 3 neu");
        }

        try (Browser caseworker = Browser.start(server.url())) {
            caseworker.login("k.neu", caseworkerStart);
            ownPassword(caseworker, caseworkerStart, CASEWORKER_PASSWORD);
            caseworker.waitUntil(d -> d.getCurrentUrl().endsWith("/caseload/today.xhtml"));
            assertThat(caseworker.navigation()).contains("Mein Tag", "Mein Bestand");

            // the first customer walks in: registered by hand, and then in her caseload
            caseworker.open("/caseload/list.xhtml");
            assertThat(caseworker.text(By.id("caseloadForm:qAll")))
                    .as("the three from the file")
                    .isEqualTo("Alle (3)");
            caseworker.click(By.id("caseloadForm:registerCustomer"));
            caseworker.waitUntil(d -> d.getCurrentUrl().contains("/case/register.xhtml"));
            caseworker.type(By.id("registrationForm:customerNumber"), "674D000001");
            caseworker.type(By.id("registrationForm:firstName"), "Erste");
            caseworker.type(By.id("registrationForm:lastName"), "Kundin");
            caseworker.type(By.id("registrationForm:birthDate_input"), "12.08.1994");
            caseworker.click(By.id("registrationForm:check"));
            caseworker.waitUntil(d -> d.getCurrentUrl().contains("/case/file.xhtml"));
            assertThat(caseworker.text(By.id("summaryNumber"))).isEqualTo("674D000001");
            caseworker.open("/caseload/list.xhtml");
            assertThat(caseworker.text(By.id("caseloadForm:qAll"))).isEqualTo("Alle (4)");
            assertThat(caseworker.text(By.id("caseloadForm:customers"))).contains("Kundin, Erste", "Arslan, Ida");
        }

        server.stop();
        server.restart();
        assertThat(startPasswords())
                .as("no further administrators after a restart")
                .hasSize(2);
        assertThat(PostgresForTests.queryStringIn(DATABASE, "select count(*) from staff_member"))
                .isEqualTo("3");
        try (Browser admin = Browser.start(server.url())) {
            admin.login("admin", OWN_PASSWORD);
            assertThat(admin.path()).isEqualTo("/admin/staff.xhtml");
        }
        assertThat(PostgresForTests.queryStringIn(
                        DATABASE,
                        "select string_agg(kind || ':' || actor, ',' order by id) from staff_event"
                                + " where kind in ('CREATED', 'GRANTED') and username like 'admin%'"))
                .isEqualTo("CREATED:einrichtung,GRANTED:einrichtung,CREATED:einrichtung,GRANTED:einrichtung");
        assertThat(PostgresForTests.queryStringIn(
                        DATABASE, "select name || ' ' || postal_code || ' ' || city from jobcenter"))
                .isEqualTo("Jobcenter Neustadt 67433 Neustadt");
    }

    private static void ownPassword(Browser browser, String startPassword, String own) {
        browser.type(By.id("passwordForm:current"), startPassword);
        browser.type(By.id("passwordForm:next"), own);
        browser.type(By.id("passwordForm:repeated"), own);
        browser.click(By.id("passwordForm:save"));
    }

    private static Map<String, String> startPasswords() throws IOException {
        Path log = server.base().resolve("log").resolve("server.log");
        Matcher matcher = START_PASSWORD.matcher(Files.readString(log, StandardCharsets.UTF_8));
        Map<String, String> found = new LinkedHashMap<>();
        matcher.results().forEach(m -> found.merge(m.group(1), m.group(2), (first, again) -> first + "|" + again));
        return found;
    }
}
