package de.nahbar.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;
import de.nahbar.it.support.PostgresForTests;

/**
 * The login lockout as an attacker and a caseworker meet it: through the form and through the
 * API's Basic login, counted in the database where the administrator sees it (AdministrationBrowserIT
 * lifts it). The API answers machines as machines: 401 with a challenge, never the login form.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginLockoutIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void fiveWrongPasswordsInTheFormLockTheLoginEvenForTheRightPasswordAndEverywhere() throws Exception {
        String person = newCaseworker("l.form");
        String colleague = newCaseworker("l.kollege");
        assertThat(formLogin(colleague, "falsch")).isFalse();
        for (int i = 0; i < 4; i++) {
            assertThat(formLogin(person, "falsch")).isFalse();
        }
        // four failures leave the login open, and a correct login clears the count
        assertThat(formLogin(person, "demo")).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(formLogin(person, "falsch")).isFalse();
        }

        assertThat(formLogin(person, "demo")).as("locked, even with the right password").isFalse();
        assertThat(api(person + ":demo").statusCode()).as("locked for the telephone system, too").isEqualTo(401);
        assertThat(formLogin(colleague, "demo")).as("others stay open").isTrue();
        assertThat(PostgresForTests.queryString("select login_locked_until between now() + interval '14 minutes'"
                + " and now() + interval '15 minutes' from staff_member where username = ?", person)).isEqualTo("t");
        assertThat(PostgresForTests.queryString("select string_agg(kind || ':' || coalesce(actor, '-'), ',')"
                + " from staff_event where username = ?", person)).isEqualTo("LOCKED:-");
    }

    @Test
    void wrongPasswordsOfTheTelephoneSystemCountAsWell() throws Exception {
        String person = newCaseworker("l.basic");
        for (int i = 0; i < 5; i++) {
            assertThat(api(person + ":falsch").statusCode()).isEqualTo(401);
        }
        assertThat(api(person + ":demo").statusCode()).isEqualTo(401);
        assertThat(formLogin(person, "demo")).isFalse();
    }

    @Test
    void theApiWithoutOrWithMalformedCredentialsAnswers401WithABasicChallengeNotTheLoginForm() throws Exception {
        for (String authorization : new String[] {null, "Basic", "Basic !!!", "Basic " + base64("ohne-doppelpunkt"),
                "Bearer abc", "Basic " + base64(":demo")}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/api/calls?number=0301234567"));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"nahbar\", charset=\"UTF-8\"");
            assertThat(answer.body()).doesNotContain("j_security_check", "Exception");
        }
        // the API keeps no session: a cookie it hands out opens nothing without credentials
        String cookie = api("a.schulz:demo").headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';'))).orElse(null);
        if (cookie != null) {
            HttpResponse<String> withCookie = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(Browser.BASE_URL + "/api/calls?number=0301234567")).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(withCookie.statusCode()).isEqualTo(401);
        }
    }

    /** A caseworker with a login of its own (password "demo"), new for every run of the tests. */
    static String newCaseworker(String prefix) {
        String username = prefix + System.nanoTime() % 1_000_000;
        PostgresForTests.execute("insert into staff_member (id, username, first_name, last_name, password_hash, active,"
                + " version) select nextval('staff_member_seq'), ?, 'Lena', 'Sperre', password_hash, true, 0"
                + " from staff_member where username = 'a.schulz'", username);
        PostgresForTests.execute("insert into staff_role (staff_member_id, role) select id, 'CASEWORKER'"
                + " from staff_member where username = ?", username);
        return username;
    }

    /** Logs in by form in a fresh session; true when it worked (the server redirects on to the start page). */
    static boolean formLogin(String username, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        client.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + username + "&j_password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() == 302) {
            return true;
        }
        assertThat(answer.body()).contains("loginError");
        return false;
    }

    private static HttpResponse<String> api(String credentials) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/api/calls?number=0301234567"))
                .header("Authorization", "Basic " + base64(credentials)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
