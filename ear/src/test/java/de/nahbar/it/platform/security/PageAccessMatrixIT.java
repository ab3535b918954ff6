package de.nahbar.it.platform.security;

import static de.nahbar.staff.domain.Role.ADMIN;
import static de.nahbar.staff.domain.Role.AUDITOR;
import static de.nahbar.staff.domain.Role.CASEWORKER;
import static de.nahbar.staff.domain.Role.INTEGRATION;
import static de.nahbar.staff.domain.Role.MEASURE_COORDINATOR;
import static de.nahbar.staff.domain.Role.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;
import de.nahbar.it.support.PostgresForTests;
import de.nahbar.staff.domain.Role;

/**
 * The page half of the access matrix: every page of nahbar, opened by a member of staff of each
 * role that may not open it, answers HTTP 403 with the German page and nothing else. The table
 * below must name every page the web module has: a new page without its row fails this test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageAccessMatrixIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** Each page (with a record id where it needs one) and the roles that may open it. */
    static final Map<String, Set<Role>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("/caseload/today.xhtml", EnumSet.of(CASEWORKER));
        PAGES.put("/caseload/list.xhtml", EnumSet.of(CASEWORKER));
        PAGES.put("/caseload/deputies.xhtml", EnumSet.of(CASEWORKER, TEAM_LEAD));
        PAGES.put("/case/file.xhtml?id=1", EnumSet.of(CASEWORKER, TEAM_LEAD));
        PAGES.put("/reach/settings.xhtml", EnumSet.of(CASEWORKER));
        PAGES.put("/reach/trial.xhtml", EnumSet.of(CASEWORKER));
        PAGES.put("/reach/card.xhtml?customer=1", EnumSet.of(CASEWORKER));
        PAGES.put("/reach/invitations.xhtml?customer=1", EnumSet.of(CASEWORKER));
        PAGES.put("/measure/catalogue.xhtml", EnumSet.of(CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD, ADMIN));
        PAGES.put("/measure/detail.xhtml?id=1", EnumSet.of(CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD, ADMIN));
        PAGES.put("/measure/import.xhtml", EnumSet.of(MEASURE_COORDINATOR, ADMIN));
        PAGES.put("/measure/mine.xhtml", EnumSet.of(MEASURE_COORDINATOR));
        PAGES.put("/provider/directory.xhtml", EnumSet.of(CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD, ADMIN));
        PAGES.put("/provider/page.xhtml?id=1", EnumSet.of(CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD, ADMIN));
        PAGES.put("/provider/deficiency.xhtml?id=1", EnumSet.of(CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD, ADMIN));
        PAGES.put("/team/overview.xhtml", EnumSet.of(TEAM_LEAD));
        PAGES.put("/team/occupancy.xhtml", EnumSet.of(TEAM_LEAD));
        PAGES.put("/admin/staff.xhtml", EnumSet.of(ADMIN));
        PAGES.put("/admin/responsibilities.xhtml", EnumSet.of(ADMIN));
        PAGES.put("/admin/organisation.xhtml", EnumSet.of(ADMIN));
        PAGES.put("/admin/benefits.xhtml", EnumSet.of(ADMIN));
        PAGES.put("/case/register.xhtml", EnumSet.of(CASEWORKER, TEAM_LEAD));
        PAGES.put("/admin/member.xhtml?id=1", EnumSet.of(ADMIN));
        PAGES.put("/staff/approvals.xhtml", EnumSet.of(ADMIN, TEAM_LEAD));
        PAGES.put("/account/password.xhtml", EnumSet.allOf(Role.class));
        PAGES.put("/audit/access-log.xhtml", EnumSet.of(AUDITOR));
    }

    /** Pages everyone may see, logged in or not. */
    private static final Set<String> OPEN =
            Set.of("/login.xhtml", "/error/403.xhtml", "/error/404.xhtml", "/error/500.xhtml", "/error/expired.xhtml");

    @Test
    void everyPageNamesWhoMayOpenIt() throws IOException {
        Path webapp = Path.of("..", "web", "src", "main", "webapp");
        List<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".xhtml") && !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .toList();
        }
        List<String> named = PAGES.keySet().stream()
                .map(p -> p.contains("?") ? p.substring(0, p.indexOf('?')) : p)
                .toList();
        assertThat(pages)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(named.contains(p) || OPEN.contains(p))
                        .as(p + " has a row in PAGES")
                        .isTrue());
    }

    @Test
    void everyRoleIsRefusedEveryPageItMayNotOpenWithThe403Page() throws Exception {
        Map<Role, String> logins = Map.of(
                CASEWORKER,
                "a.schulz",
                MEASURE_COORDINATOR,
                coordinatorOnly(),
                TEAM_LEAD,
                "c.meyer",
                ADMIN,
                "d.krueger",
                AUDITOR,
                "e.wagner",
                INTEGRATION,
                "x.leistung");
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Role role : Role.values()) {
            HttpClient client = loggedIn(logins.get(role));
            for (Map.Entry<String, Set<Role>> page : PAGES.entrySet()) {
                if (page.getValue().contains(role)) {
                    continue;
                }
                cells++;
                HttpResponse<String> response = get(client, page.getKey());
                // the 403 page is the plain error page: its title is all it says
                if (response.statusCode() != 403 || !response.body().contains("Zugriff verweigert")) {
                    wrong.add(role + " " + page.getKey() + " → " + response.statusCode());
                }
            }
        }
        assertThat(wrong).as("forbidden pages not answered with the 403 page").isEmpty();
        assertThat(cells).isGreaterThan(60);
    }

    /** A coordinator without caseload or team, with Berkan Yilmaz's password hash ("demo"), once per database. */
    private static String coordinatorOnly() {
        PostgresForTests.execute(
                "insert into staff_member (id, username, first_name, last_name, email, password_hash, active,"
                        + " team_id, version) select nextval('staff_member_seq'), 'm.matrix', 'Mara', 'Matrix', null, password_hash,"
                        + " true, null, 0 from staff_member where username = 'b.yilmaz'"
                        + " and not exists (select 1 from staff_member where username = 'm.matrix')");
        PostgresForTests.execute("insert into staff_role (staff_member_id, role) select id, 'MEASURE_COORDINATOR'"
                + " from staff_member m where username = 'm.matrix'"
                + " and not exists (select 1 from staff_role r where r.staff_member_id = m.id)");
        return "m.matrix";
    }

    private static HttpClient loggedIn(String username) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        get(client, "/login.xhtml");
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("j_username=" + username + "&j_password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(login.statusCode()).as(username + " logs in").isEqualTo(302);
        return client;
    }

    /** A GET that follows a redirect to the error page, as a browser would. */
    private static HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").contains("/error/")) {
            return get(
                    client,
                    URI.create(response.headers().firstValue("Location").orElseThrow())
                            .getPath());
        }
        return response;
    }
}
