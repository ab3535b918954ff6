package de.nahbar.it.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.nahbar.it.support.ExtraServer;
import de.nahbar.it.support.ExtraServerTestCase;
import de.nahbar.it.support.FacesClient;

/**
 * README's first command: nahbar on its embedded H2 database with demo data (the configuration
 * {@code mvn -Prun package} starts, standalone-nahbar.xml, on an H2 directory of its own). All
 * other tests run on PostgreSQL; this one keeps the SQL nahbar writes by hand within what H2's
 * PostgreSQL mode understands, for the logins and the guessed passwords alike.
 */
class EmbeddedDatabaseIT extends ExtraServerTestCase {

    private static final int OFFSET = 700;

    @BeforeAll
    static void start() {
        server = ExtraServer.start(
                "h2",
                "standalone-nahbar.xml",
                OFFSET,
                "-Dnahbar.demo-data=true",
                "-Dnahbar.h2.dir=" + System.getProperty("nahbar.test.work", "target") + "/h2-" + System.nanoTime());
    }

    @Test
    void theDemoUsersLogInAndLandOnTheirPages() throws Exception {
        assertThat(new FacesClient().login(server.url(), "a.schulz", "demo")).contains("<h1>Mein Tag</h1>");
        assertThat(new FacesClient().login(server.url(), "c.meyer", "demo")).contains("<h1>Mein Team</h1>");
        assertThat(new FacesClient().login(server.url(), "e.wagner", "demo")).contains("<h1>Zugriffsprotokoll</h1>");
    }

    @Test
    void aWrongPasswordIsCountedAndTheLoginPageSaysSo() throws Exception {
        FacesClient browser = new FacesClient();
        assertThat(browser.login(server.url(), "b.yilmaz", "falsch"))
                .contains("id=\"loginForm\"")
                .contains("id=\"loginError\"")
                .contains("Benutzername oder Passwort ist falsch");
        assertThat(browser.login(server.url(), "b.yilmaz", "demo")).contains("<h1>Meine Maßnahmen</h1>");
    }
}
