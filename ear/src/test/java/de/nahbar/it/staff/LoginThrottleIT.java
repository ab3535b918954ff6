package de.nahbar.it.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;
import de.nahbar.it.support.FacesClient;
import de.nahbar.it.support.ForgetTheTestsAddress;
import de.nahbar.it.support.LoginClient;
import de.nahbar.it.support.LoginClient.Outcome;
import de.nahbar.it.support.PostgresForTests;

/**
 * Guessed passwords against the login form and the API, both sides of the policy (LoginThrottle):
 * a guesser is slowed down more with every failure, and nobody can keep a colleague out, not
 * even the one administrator, from the browser she logs in with. Waits are ended by the team
 * lead (here) or an administrator (AdministrationBrowserIT).
 */
@ExtendWith({ArquillianExtension.class, ForgetTheTestsAddress.class})
@RunAsClient
class LoginThrottleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aGuesserWaitsAfterFiveWrongPasswordsAndLongerAfterEachFurtherOneEvenForTheRightPassword() throws Exception {
        String person = newCaseworker("t.rate");
        LoginClient guesser = new LoginClient();
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.login(person, "falsch" + i)).isEqualTo(Outcome.WRONG);
        }

        assertThat(guesser.login(person, "demo"))
                .as("the right password, too soon")
                .isEqualTo(Outcome.WAIT);
        assertThat(guesser.lastAnswer().body()).contains("30 Sekunden");
        assertThat(waitSeconds(person, "address:127.0.0.1")).isBetween(25L, 30L);

        pastTheWait(person);
        assertThat(guesser.login(person, "falsch")).isEqualTo(Outcome.WRONG);
        assertThat(waitSeconds(person, "address:127.0.0.1")).as("doubled").isBetween(55L, 60L);
        pastTheWait(person);
        assertThat(guesser.login(person, "demo")).as("a wait is no lock").isEqualTo(Outcome.IN);
    }

    @Test
    void failuresElsewhereNeverKeepAPersonOutOfTheBrowserSheLogsInWith() throws Exception {
        String person = newCaseworker("t.opfer");
        LoginClient own = new LoginClient();
        assertThat(own.login(person, "demo")).isEqualTo(Outcome.IN);
        assertThat(own.deviceCookie()).as("the browser is trusted from now on").isNotNull();
        assertThat(own.lastAnswer().headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("nahbar-device=")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Strict"));

        guessFromManyAddresses(person);
        assertThat(new LoginClient().login(person, "demo"))
                .as("any browser the login does not trust waits")
                .isEqualTo(Outcome.WAIT);
        assertThat(PostgresForTests.queryString(
                        "select kind from staff_event where username = ? order by id desc limit 1", person))
                .isEqualTo("THROTTLED");

        assertThat(own.login(person, "demo"))
                .as("her own browser gets in at once")
                .isEqualTo(Outcome.IN);
        assertThat(own.login(person, "vertippt")).isEqualTo(Outcome.WRONG);
        assertThat(own.login(person, "demo")).isEqualTo(Outcome.IN);
    }

    @Test
    void aTeamLeadEndsTheWaitOfAColleagueOfTheTeamAtOnceAndNobodyElses() throws Exception {
        String person = newCaseworker("t.team");
        guessFromManyAddresses(person);
        assertThat(new LoginClient().login(person, "demo")).isEqualTo(Outcome.WAIT);

        FacesClient lead = new FacesClient();
        lead.login(Browser.BASE_URL, "c.meyer", "demo");
        String page = lead.get(Browser.BASE_URL + "/team/overview.xhtml");
        int row = rowOf(page, person);
        String answer = lead.ajax(
                Browser.BASE_URL + "/team/overview.xhtml",
                "membersForm:members:" + row + ":release",
                "membersForm:members:" + row + ":release",
                "membersForm globalMessages",
                Map.of("membersForm", "membersForm"));
        assertThat(answer).contains("Die Wartezeit ist beendet");

        assertThat(new LoginClient().login(person, "demo")).isEqualTo(Outcome.IN);
        assertThat(PostgresForTests.queryString(
                        "select kind || ':' || actor from staff_event where username = ?" + " order by id desc limit 1",
                        person))
                .isEqualTo("RELEASED:c.meyer");

        // the lead of another team sees no such colleague to release
        FacesClient other = new FacesClient();
        other.login(Browser.BASE_URL, "h.becker", "demo");
        assertThat(other.get(Browser.BASE_URL + "/team/overview.xhtml")).doesNotContain(person);
    }

    @Test
    void oneAddressTryingPasswordsOnManyLoginsWaitsButTrustedBrowsersDoNot() throws Exception {
        String person = newCaseworker("t.spray");
        LoginClient own = new LoginClient();
        assertThat(own.login(person, "demo")).isEqualTo(Outcome.IN);
        for (int i = 0; i < 30; i++) {
            new LoginClient().login("t.ausgedacht" + i + "x" + System.nanoTime() % 1000, "Sommer2026!");
        }

        assertThat(new LoginClient().login("a.schulz", "demo"))
                .as("from that address, untrusted")
                .isEqualTo(Outcome.WAIT);
        assertThat(own.login(person, "demo")).isEqualTo(Outcome.IN);
    }

    @Test
    void unknownLoginsAreTreatedLikeExistingOnes() throws Exception {
        String nobody = "t.niemand" + System.nanoTime() % 1_000_000;
        LoginClient guesser = new LoginClient();
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.login(nobody, "falsch")).isEqualTo(Outcome.WRONG);
        }
        assertThat(guesser.login(nobody, "falsch")).isEqualTo(Outcome.WAIT);
        assertThat(PostgresForTests.queryString("select count(*) from staff_event where username = ?", nobody))
                .isEqualTo("0");
    }

    @Test
    void wrongPasswordsOfTheTelephoneSystemAreThrottledByItsAddressAndItsAnswersAreNeverStored() throws Exception {
        String person = newCaseworker("t.basic");
        for (int i = 0; i < 5; i++) {
            assertThat(api(person + ":falsch").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> held = api(person + ":demo");
        assertThat(held.statusCode()).as("waits, even with the right password").isEqualTo(401);
        assertThat(held.headers().firstValue("Cache-Control")).hasValue("no-store");
        pastTheWait(person);
        HttpResponse<String> answer = api(person + ":demo");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theApiWithoutOrWithMalformedCredentialsAnswers401WithABasicChallengeNotTheLoginForm() throws Exception {
        for (String authorization : new String[] {
            null, "Basic", "Basic !!!", "Basic " + base64("ohne-doppelpunkt"), "Bearer abc", "Basic " + base64(":demo")
        }) {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/api/calls?number=0301234567"));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate"))
                    .hasValue("Basic realm=\"nahbar\", charset=\"UTF-8\"");
            assertThat(answer.body()).doesNotContain("loginForm", "Exception");
        }
        // the API keeps no session: a cookie it hands out opens nothing without credentials
        String cookie = api("a.schulz:demo")
                .headers()
                .firstValue("Set-Cookie")
                .map(c -> c.substring(0, c.indexOf(';')))
                .orElse(null);
        if (cookie != null) {
            HttpResponse<String> withCookie = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/api/calls?number=0301234567"))
                                    .header("Cookie", cookie)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(withCookie.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void theContainersOwnLoginAddressIsClosed() throws Exception {
        LoginClient client = new LoginClient();
        HttpResponse<String> answer = client.post("/j_security_check", "j_username=a.schulz&j_password=demo");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(client.get("/caseload/today.xhtml").body())
                .contains("id=\"loginForm\"")
                .doesNotContain("Mein Tag –");
    }

    @Test
    void afterTheLoginThePageThatAskedForItOpensAndNoRedirectNamesAHost() throws Exception {
        LoginClient client = new LoginClient();
        assertThat(client.get("/caseload/list.xhtml").body()).contains("name=\"next\" value=\"/caseload/list.xhtml\"");
        HttpResponse<String> in =
                client.post("/login", "j_username=a.schulz&j_password=demo&next=%2Fcaseload%2Flist.xhtml");
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().firstValue("Location")).hasValue("/caseload/list.xhtml");

        for (String foreign : new String[] {
            "%2F%2Fevil.example%2F",
            "https%3A%2F%2Fevil.example%2F",
            "%2F%5Cevil.example",
            "%2Flogin.xhtml",
            "javascript%3Aalert(1)"
        }) {
            HttpResponse<String> elsewhere =
                    new LoginClient().post("/login", "j_username=a.schulz&j_password=demo&next=" + foreign);
            assertThat(elsewhere.headers().firstValue("Location")).as(foreign).hasValue("/");
        }
    }

    /** A caseworker of Team Markt und Integration Nord with a login of its own (password "demo"), new for every run. */
    static String newCaseworker(String prefix) {
        String username = prefix + System.nanoTime() % 1_000_000;
        PostgresForTests.execute(
                "insert into staff_member (id, username, first_name, last_name, password_hash, active,"
                        + " team_id, version) select nextval('staff_member_seq'), ?, 'Lena', 'Sperre', password_hash, true, team_id, 0"
                        + " from staff_member where username = 'a.schulz'",
                username);
        PostgresForTests.execute(
                "insert into staff_role (staff_member_id, role) select id, 'CASEWORKER'"
                        + " from staff_member where username = ?",
                username);
        return username;
    }

    /**
     * Ten wrong passwords for the login as from ten other computers: all tests come from one
     * address, so that address's own wait is taken back after each try.
     */
    static void guessFromManyAddresses(String username) throws IOException, InterruptedException {
        for (int i = 0; i < 10; i++) {
            assertThat(new LoginClient().login(username, "rate" + i)).isEqualTo(Outcome.WRONG);
            PostgresForTests.execute(
                    "update login_throttle set wait_until = null where kind = 'CLIENT' and username = ?", username);
        }
    }

    /** Seconds until the next try of this login from this client may come. */
    private static long waitSeconds(String username, String client) {
        return Long.parseLong(PostgresForTests.queryString(
                "select extract(epoch from wait_until - now())::bigint"
                        + " from login_throttle where kind = 'CLIENT' and username = ? and client = ?",
                username,
                client));
    }

    /** As if the wait had passed: every wait of the login lies in the past. */
    private static void pastTheWait(String username) {
        PostgresForTests.execute(
                "update login_throttle set wait_until = now() - interval '1 second' where username = ?", username);
    }

    private static int rowOf(String page, String username) {
        Matcher row = Pattern.compile(
                        "data-ri=\"(\\d+)\"[^>]*>(?:(?!</tr>).)*" + Pattern.quote(username), Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as(username + " on the team page").isTrue();
        return Integer.parseInt(row.group(1));
    }

    private static HttpResponse<String> api(String credentials) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/api/calls?number=0301234567"))
                                .header("Authorization", "Basic " + base64(credentials))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
