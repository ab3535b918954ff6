package de.nahbar.it.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;
import de.nahbar.it.support.ExtraServer;
import de.nahbar.it.support.PostgresForTests;

/**
 * nahbar started for production on an empty PostgreSQL, without demo data (README, "Running in
 * production"): it creates its first administrator and writes the start password once to the
 * server log; that password opens one login, which must set its own before anything else, and
 * is worthless afterwards; a restart creates nobody else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FirstStartIT {

    private static final int OFFSET = 900;
    private static final String DATABASE = "nahbar_first_start";
    private static final Pattern START_PASSWORD =
            Pattern.compile("Benutzername „admin“, Startpasswort „([a-z0-9-]{19})“");
    private static final String OWN_PASSWORD = "Grüne Bänke am Marktplatz";

    private static ExtraServer server;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void start() {
        PostgresForTests.freshDatabase(DATABASE);
        server = ExtraServer.start(
                "first-start", "standalone-nahbar-postgresql.xml", OFFSET, "-Dnahbar.db.name=" + DATABASE);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theFirstAdministratorLogsInOnceWithTheLoggedStartPasswordAndSetsTheirOwn() throws Exception {
        List<String> announced = startPasswords();
        assertThat(announced).as("one start password in the log").hasSize(1);
        String startPassword = announced.get(0);
        assertThat(PostgresForTests.queryStringIn(DATABASE, "select count(*) from staff_member"))
                .isEqualTo("1");

        try (Browser admin = Browser.start(server.url())) {
            admin.login("admin", startPassword);
            assertThat(admin.path()).isEqualTo("/account/password.xhtml");
            admin.open("/admin/staff.xhtml");
            assertThat(admin.path()).as("nothing before an own password").isEqualTo("/account/password.xhtml");
            admin.type(By.id("passwordForm:current"), startPassword);
            admin.type(By.id("passwordForm:next"), OWN_PASSWORD);
            admin.type(By.id("passwordForm:repeated"), OWN_PASSWORD);
            admin.click(By.id("passwordForm:save"));
            admin.waitUntil(d -> d.getCurrentUrl().endsWith("/admin/staff.xhtml"));
            admin.waitForText(By.id("staffForm:staff"), "Administration");
        }

        try (Browser stranger = Browser.start(server.url())) {
            stranger.login("admin", startPassword);
            assertThat(stranger.has(By.id("loginError")))
                    .as("the logged start password is used up")
                    .isTrue();
        }

        server.stop();
        server.restart();
        assertThat(startPasswords())
                .as("no second administrator after a restart")
                .hasSize(1);
        assertThat(PostgresForTests.queryStringIn(DATABASE, "select count(*) from staff_member"))
                .isEqualTo("1");
        try (Browser admin = Browser.start(server.url())) {
            admin.login("admin", OWN_PASSWORD);
            assertThat(admin.path()).isEqualTo("/admin/staff.xhtml");
        }
        assertThat(PostgresForTests.queryStringIn(
                        DATABASE,
                        "select string_agg(kind || ':' || actor, ',' order by id) from staff_event"
                                + " where kind in ('CREATED', 'GRANTED')"))
                .isEqualTo("CREATED:einrichtung,GRANTED:einrichtung");
    }

    private static List<String> startPasswords() throws IOException {
        Path log = server.base().resolve("log").resolve("server.log");
        Matcher matcher = START_PASSWORD.matcher(Files.readString(log, StandardCharsets.UTF_8));
        return matcher.results().map(m -> m.group(1)).toList();
    }
}
