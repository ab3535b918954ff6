package de.nahbar.it.platform.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;
import de.nahbar.it.support.ExtraServer;
import de.nahbar.it.support.PostgresForTests;

/**
 * The server is killed (SIGKILL, no shutdown) while a caseworker saves: every save the page
 * had acknowledged is there after the restart, the one in flight is either wholly there or not
 * at all, and the application serves again. A second WildFly of its own (port offset 300, own
 * base directory, the production configuration on the tests' PostgreSQL) is killed, so the
 * server of the other tests runs on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerKillIT {

    private static final int OFFSET = 300;
    private static final String URL = "http://localhost:" + (8080 + OFFSET);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void whatWasAcknowledgedSurvivesAKillDuringASave() {
        String customer = PostgresForTests.queryString("select max(c.id) from customer c join staff_member m"
                + " on m.id = c.caseworker_id where m.username = 'i.schmidt'");
        String run = "Kill-Test " + System.nanoTime() % 1_000_000;
        List<String> acknowledged = new ArrayList<>();

        try (ExtraServer server =
                ExtraServer.start("kill", "standalone-nahbar-postgresql.xml", OFFSET, "-Djboss.tx.node.id=kill-test")) {
            try (Browser browser = Browser.start()) {
                login(browser);
                browser.driver().get(URL + "/case/file.xhtml?id=" + customer);
                for (int i = 1; i <= 5; i++) {
                    String text = run + " Nr. " + i;
                    browser.type(By.id("tabs:noteForm:noteText"), text);
                    browser.click(By.id("tabs:noteForm:addNote"));
                    browser.waitForText(By.id("tabs:notesList"), text);
                    acknowledged.add(text);
                }
                browser.type(By.id("tabs:noteForm:noteText"), run + " im Flug");
                browser.driver().findElement(By.id("tabs:noteForm:addNote")).click();
                server.kill();
            }

            server.restart();
            try (Browser browser = Browser.start()) {
                for (String text : acknowledged) {
                    assertThat(PostgresForTests.queryString(
                                    "select count(*) from counselling_note where customer_id = ?" + " and text = ?",
                                    Long.parseLong(customer),
                                    text))
                            .as(text)
                            .isEqualTo("1");
                }
                assertThat(PostgresForTests.queryString(
                                "select count(*) from counselling_note where customer_id = ?" + " and text = ?",
                                Long.parseLong(customer),
                                run + " im Flug"))
                        .isIn("0", "1");
                login(browser);
                browser.driver().get(URL + "/case/file.xhtml?id=" + customer);
                assertThat(browser.text(By.id("tabs:notesList"))).contains(acknowledged);
            }
        }
    }

    private static void login(Browser browser) {
        browser.driver().get(URL + "/");
        browser.type(By.id("j_username"), "i.schmidt");
        browser.type(By.id("j_password"), "demo");
        browser.driver().findElement(By.id("loginButton")).click();
        browser.waitUntil("the start page", d -> d.getCurrentUrl().endsWith("/caseload/today.xhtml"));
    }
}
