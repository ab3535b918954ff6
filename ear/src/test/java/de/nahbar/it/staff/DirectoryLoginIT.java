package de.nahbar.it.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.ExtraServer;
import de.nahbar.it.support.ExtraServerTestCase;
import de.nahbar.it.support.LoginClient;
import de.nahbar.it.support.LoginClient.Outcome;
import de.nahbar.it.support.PostgresForTests;
import de.nahbar.it.support.TestDirectory;

/**
 * Staff log in with their directory account (standalone-nahbar-directory.xml, docs/directory.md)
 * against a real LDAP server shaped like an Active Directory: roles from groups (nested ones
 * too), the staff record made and kept up to date from the directory, no access without a nahbar
 * group, a disabled account and a blank password refused, the local emergency login beside it,
 * and a directory that is down refused quickly with its own message, then back without a restart.
 */
class DirectoryLoginIT extends ExtraServerTestCase {

    private static final int OFFSET = 1000;
    private static final String MARA = "m.vogt";
    private static final String MARA_PASSWORD = "Winter-Sonne-2026";

    private static TestDirectory directory;

    @BeforeAll
    static void start() {
        directory = TestDirectory.start();
        server = ExtraServer.start("directory", "standalone-nahbar-directory.xml", OFFSET, directory.properties());
    }

    @AfterAll
    static void stopDirectory() {
        directory.close();
    }

    @Test
    void aCaseworkerInANestedGroupLogsInWithHerDirectoryAccountAndGetsHerRecordFromIt() throws Exception {
        LoginClient browser = new LoginClient(server.url());
        assertThat(browser.login(MARA, MARA_PASSWORD)).isEqualTo(Outcome.IN);

        assertThat(PostgresForTests.queryString(
                        "select m.first_name || ' ' || m.last_name || ' ' || m.email || ' ' || t.name || ' '"
                                + " || m.directory || ' ' || (m.password_hash is null)"
                                + " from staff_member m join team t on t.id = m.team_id where m.username = ?",
                        MARA))
                .isEqualTo("Mara Vogt mara.vogt@jobcenter.test Team U25 true true");
        assertThat(PostgresForTests.queryString(
                        "select string_agg(r.role, ',') from staff_role r join staff_member m"
                                + " on m.id = r.staff_member_id where m.username = ?",
                        MARA))
                .as("GG-Team-U25 is a member of GG-nahbar-Vermittlung")
                .isEqualTo("CASEWORKER");
        HttpResponse<String> day = browser.get("/caseload/today.xhtml");
        assertThat(day.statusCode()).isEqualTo(200);
        assertThat(day.body()).contains("Mara Vogt");

        assertThat(new LoginClient(server.url()).login("M.Vogt", MARA_PASSWORD))
                .as("the account name as Windows takes it, in any case")
                .isEqualTo(Outcome.IN);
        assertThat(PostgresForTests.queryString("select count(*) from staff_member where lower(username) = ?", MARA))
                .isEqualTo("1");
    }

    @Test
    void aTeamLeadGetsTheRoleOfHerGroupAndNothingElse() throws Exception {
        LoginClient browser = new LoginClient(server.url());
        assertThat(browser.login("t.lehmann", "Herbst-Regen-2026")).isEqualTo(Outcome.IN);

        assertThat(PostgresForTests.queryString(
                        "select string_agg(r.role, ',') from staff_role r join staff_member m"
                                + " on m.id = r.staff_member_id where m.username = ?",
                        "t.lehmann"))
                .isEqualTo("TEAM_LEAD");
        assertThat(browser.get("/team/overview.xhtml").statusCode()).isEqualTo(200);
        assertThat(browser.get("/caseload/today.xhtml").statusCode())
                .as("no caseworker's page without the caseworker's group")
                .isEqualTo(403);
    }

    @Test
    void eachNahbarGroupGivesItsRole() throws Exception {
        LoginClient browser = new LoginClient(server.url());
        assertThat(browser.login("p.vielseitig", "Drei-Rollen-2026")).isEqualTo(Outcome.IN);

        assertThat(PostgresForTests.queryString(
                        "select string_agg(r.role, ',' order by r.role) from staff_role r join staff_member m"
                                + " on m.id = r.staff_member_id where m.username = ?",
                        "p.vielseitig"))
                .isEqualTo("ADMIN,AUDITOR,MEASURE_COORDINATOR");
        assertThat(browser.get("/measure/mine.xhtml").statusCode()).isEqualTo(200);
        assertThat(browser.get("/admin/staff.xhtml").statusCode()).isEqualTo(200);
        assertThat(browser.get("/audit/access-log.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void anAccountInNoNahbarGroupIsRefusedAndLeavesNoRecord() throws Exception {
        LoginClient browser = new LoginClient(server.url());
        assertThat(browser.login("u.fremd", "Sommer-Wind-2026")).isEqualTo(Outcome.NO_ROLE);
        assertThat(browser.lastAnswer().body()).contains("für nahbar nicht freigeschaltet");
        assertThat(browser.get("/caseload/today.xhtml").statusCode())
                .as("not logged in: the login page")
                .isEqualTo(200);
        assertThat(browser.get("/caseload/today.xhtml").body()).contains("id=\"loginForm\"");
        assertThat(PostgresForTests.queryString("select count(*) from staff_member where username = ?", "u.fremd"))
                .isEqualTo("0");
    }

    @Test
    void aDisabledAccountAndABlankPasswordAreRefused() throws Exception {
        assertThat(new LoginClient(server.url()).login("d.gesperrt", "Fruehling-Tau-2026"))
                .as("disabled in the directory")
                .isEqualTo(Outcome.WRONG);
        assertThat(new LoginClient(server.url()).login(MARA, ""))
                .as("a blank password would be an anonymous bind, which the directory accepts")
                .isEqualTo(Outcome.WRONG);
        assertThat(new LoginClient(server.url()).login(MARA, "falsch")).isEqualTo(Outcome.WRONG);
        assertThat(PostgresForTests.queryString("select count(*) from staff_member where username = ?", "d.gesperrt"))
                .isEqualTo("0");
    }

    @Test
    void aLoginDeactivatedInNahbarStaysOutThoughTheDirectoryKnowsIt() throws Exception {
        assertThat(new LoginClient(server.url()).login("t.lehmann", "Herbst-Regen-2026"))
                .isEqualTo(Outcome.IN);
        PostgresForTests.execute("update staff_member set active = false where username = ?", "t.lehmann");
        try {
            assertThat(new LoginClient(server.url()).login("t.lehmann", "Herbst-Regen-2026"))
                    .isEqualTo(Outcome.DEACTIVATED);
        } finally {
            PostgresForTests.execute("update staff_member set active = true where username = ?", "t.lehmann");
        }
    }

    @Test
    void accountsTheDirectoryDeletedOrDisabledAreDeactivatedWhenAnAdministratorCompares() throws Exception {
        assertThat(new LoginClient(server.url()).login(MARA, MARA_PASSWORD)).isEqualTo(Outcome.IN);
        assertThat(new LoginClient(server.url()).login("l.weg", "Abschied-Nord-2026"))
                .isEqualTo(Outcome.IN);
        assertThat(new LoginClient(server.url()).login("g.aus", "Abschied-Sued-2026"))
                .isEqualTo(Outcome.IN);
        directory.delete("Lena Weg");
        directory.disable("Gero Aus");

        try (Browser admin = Browser.start(server.url())) {
            admin.login("d.krueger", "demo");
            admin.open("/admin/staff.xhtml");
            admin.click(By.id("staffForm:checkDirectory"));
            // other tests of the run leave directory logins of their own in the database: no exact count
            admin.waitForText(
                    By.id("globalMessages"), "Anmeldungen deaktiviert (im Verzeichnis gelöscht oder gesperrt)");
        }
        for (String leaver : new String[] {"l.weg", "g.aus"}) {
            assertThat(PostgresForTests.queryString("select active from staff_member where username = ?", leaver))
                    .as(leaver)
                    .isEqualTo("f");
            assertThat(PostgresForTests.queryString(
                            "select actor from staff_event where username = ? and kind = 'DEACTIVATED'", leaver))
                    .isEqualTo("Verzeichnis");
        }
        assertThat(PostgresForTests.queryString("select active from staff_member where username = ?", MARA))
                .as("still in the directory")
                .isEqualTo("t");
    }

    @Test
    void whileTheDirectoryIsDownItsLoginsAreRefusedAtOnceAndLocalLoginsGoOn() throws Exception {
        directory.stop();
        try {
            Instant started = Instant.now();
            LoginClient browser = new LoginClient(server.url());
            assertThat(browser.login(MARA, MARA_PASSWORD)).isEqualTo(Outcome.DIRECTORY_DOWN);
            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertThat(browser.lastAnswer().body())
                    .contains("Das Verzeichnis (Windows-Anmeldung) antwortet gerade nicht");

            assertThat(new LoginClient(server.url()).login("a.schulz", "demo"))
                    .as("a local login with its own password in nahbar")
                    .isEqualTo(Outcome.IN);
        } finally {
            directory.restart();
        }
        assertThat(new LoginClient(server.url()).login(MARA, MARA_PASSWORD))
                .as("back without a restart")
                .isEqualTo(Outcome.IN);
    }
}
