package de.nahbar.it.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

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
import de.nahbar.it.support.PostgresForTests;
import de.nahbar.it.support.ServerLog;

/** What every response promises the browser: security headers, safe cookies, German errors. */
@ExtendWith({ArquillianExtension.class, ForgetTheTestsAddress.class})
@RunAsClient
class HttpSecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static final String HTTPS_URL =
            Browser.BASE_URL.replace("http://", "https://").replace(":8080", ":8443");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("/login.xhtml");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(header(login, "Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "'nonce-")
                        .doesNotContain("unsafe-eval")
                        .doesNotContainPattern("script-src[^;]*unsafe-inline"));
        assertStaticHeaders(login);
    }

    @Test
    void staticResourcesAndErrorsCarryTheHeadersToo() throws Exception {
        assertStaticHeaders(get("/jakarta.faces.resource/css/nahbar.css.xhtml"));
        assertStaticHeaders(get("/error/404.xhtml"));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndRenewedAtLogin() throws Exception {
        HttpResponse<String> login = get("/caseload/today.xhtml");
        String before = sessionCookie(login).orElseThrow();
        assertThat(before)
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("secure");

        HttpResponse<String> afterLogin = post("/login", "j_username=a.schulz&j_password=demo");

        assertThat(afterLogin.statusCode()).isEqualTo(302);
        String after = sessionCookie(afterLogin).orElseThrow();
        assertThat(sessionId(after)).isNotEqualTo(sessionId(before));
        assertThat(get("/caseload/today.xhtml").body()).contains("Mein Tag");
    }

    @Test
    void aRedirectNamesAPathNeverTheHostTheRequestClaimed() throws Exception {
        post("/login", "j_username=a.schulz&j_password=demo");
        String session = ((CookieManager) client.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("JSESSIONID"))
                        .findFirst()
                        .orElseThrow()
                        .getValue();
        URI base = URI.create(Browser.BASE_URL);
        // the JDK's client will not send a Host header of its own choosing; a socket does
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream()
                    .write(("GET / HTTP/1.1\r\nHost: evil.example\r\nCookie: JSESSIONID=" + session
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer)
                    .startsWith("HTTP/1.1 302")
                    .containsPattern("(?i)\r\nLocation: /caseload/today\\.xhtml\r\n")
                    .doesNotContain("evil.example");
        }
    }

    @Test
    void overHttpsEveryCookieIsSecureAndTheHeadersAreThere() throws Exception {
        HttpClient tls = HttpClient.newBuilder()
                .sslContext(trustingTheServersOwnCertificate())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> login = tls.send(
                HttpRequest.newBuilder(URI.create(HTTPS_URL + "/caseload/today.xhtml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(sessionCookie(login))
                .hasValueSatisfying(
                        c -> assertThat(c).containsIgnoringCase("; secure").contains("HttpOnly"));
        assertStaticHeaders(login);
    }

    @Test
    void anIdleSessionEndsAfterThe30MinutesTheLoginPageAnnounces() throws Exception {
        String webXml = Files.readString(Path.of("..", "web", "src", "main", "webapp", "WEB-INF", "web.xml"));
        assertThat(webXml).contains("<session-timeout>30</session-timeout>");
        assertThat(get("/login.xhtml").body())
                .contains("Nach 30 Minuten ohne Aktivität werden Sie automatisch abgemeldet.");
    }

    /** The test server's HTTPS listener uses WildFly's self-signed certificate, generated on first use. */
    private static SSLContext trustingTheServersOwnCertificate() throws Exception {
        TrustManager[] trustAll = {
            new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustAll, new SecureRandom());
        return context;
    }

    @Test
    void protectedPagesRequireALoginFirst() throws Exception {
        HttpResponse<String> response = get("/admin/staff.xhtml");

        assertThat(response.body()).contains("id=\"loginForm\"").doesNotContain("d.krueger");
    }

    @Test
    void forbiddenAndUnknownPagesAnswerWithTheirStatusAndAGermanPage() throws Exception {
        post("/login", "j_username=a.schulz&j_password=demo");

        HttpResponse<String> forbidden = get("/audit/access-log.xhtml");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Zugriff verweigert");

        HttpResponse<String> missing = get("/nirgendwo.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Seite nicht gefunden");
    }

    @Test
    void aForeignCaseAnswers403WithoutTheRecordAndTheRefusalIsLoggedOnceAtWarn() throws Exception {
        String[] foreign = PostgresForTests.queryString(
                        "select c.id || '|' || c.last_name from customer c join staff_member m"
                                + " on m.id = c.caseworker_id where m.username = 'l.koch' order by c.id desc limit 1")
                .split("\\|");
        post("/login", "j_username=a.schulz&j_password=demo");
        ServerLog log = ServerLog.mark();

        HttpResponse<String> refused = get("/case/file.xhtml?id=" + foreign[0]);
        // PrimeFaces' exception handler redirects to the 403 page, which must still say 403
        HttpResponse<String> shown = refused.statusCode() == 302
                ? get(URI.create(refused.headers().firstValue("Location").orElseThrow())
                        .getPath())
                : refused;

        assertThat(shown.statusCode()).isEqualTo(403);
        assertThat(shown.body()).contains("Zugriff verweigert").doesNotContain(foreign[1]);
        List<String> refusals = log.lines().stream()
                .filter(l -> l.contains("de.nahbar.security")
                        && l.contains("a.schulz may not access customer " + foreign[0]))
                .toList();
        assertThat(refusals)
                .singleElement()
                .satisfies(l -> assertThat(l).contains("WARN").doesNotContain(foreign[1]));
        assertThat(log.errors()).as("a refusal is no error").isEmpty();
    }

    @Test
    void aTeamLeadsReasonOpensTheOneCaseItWasGivenForAndAPostForAnotherRecordIsRefused() throws Exception {
        String[] cases = PostgresForTests.queryString(
                        "select string_agg(x.id || ':' || x.customer_number, ',') from (select c.id,"
                                + " c.customer_number from customer c join staff_member m on m.id = c.caseworker_id where m.username = 'a.schulz'"
                                + " order by c.id desc limit 2) x")
                .split(",");
        String[] first = cases[0].split(":");
        String[] second = cases[1].split(":");
        String reason = "Beschwerde der Kundin prüfen " + System.nanoTime();
        FacesClient lead = new FacesClient();
        lead.login(Browser.BASE_URL, "c.meyer", "demo");
        assertThat(lead.get(Browser.BASE_URL + "/case/file.xhtml?id=" + first[0]))
                .contains("reasonForm")
                .doesNotContain(first[1]);

        HttpResponse<String> opened = lead.submit(
                Browser.BASE_URL + "/case/file.xhtml?id=" + first[0],
                Map.of("reasonForm", "reasonForm", "reasonForm:reason", reason, "reasonForm:openCase", ""));
        assertThat(opened.body()).contains(first[1]);
        // the first page's reason form once more: the reason was used up, the case is not logged again
        lead.submit(
                Browser.BASE_URL + "/case/file.xhtml?id=" + first[0],
                Map.of("reasonForm", "reasonForm", "reasonForm:openCase", ""));
        ServerLog log = ServerLog.mark();

        // the same page's reason form again, naming another case and leaving the reason out
        HttpResponse<String> forged = lead.submit(
                Browser.BASE_URL + "/case/file.xhtml?id=" + second[0],
                Map.of("reasonForm", "reasonForm", "reasonForm:openCase", "", "id", second[0]));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).doesNotContain(second[1]).doesNotContain("Exception");
        // a page of the other case of its own, posted without a reason: the service refuses it
        lead.get(Browser.BASE_URL + "/case/file.xhtml?id=" + second[0]);
        HttpResponse<String> without = lead.submit(
                Browser.BASE_URL + "/case/file.xhtml?id=" + second[0],
                Map.of("reasonForm", "reasonForm", "reasonForm:openCase", ""));
        assertThat(without.body()).contains("reasonForm").doesNotContain(second[1]);

        assertThat(PostgresForTests.queryString(
                        "select string_agg(case_ref || '=' || reason, ',') from access_log"
                                + " where actor = 'c.meyer' and reason = ?",
                        reason))
                .isEqualTo(first[1] + "=" + reason);
        assertThat(PostgresForTests.queryString(
                        "select count(*) from access_log where actor = 'c.meyer' and case_ref = ?"
                                + " and occurred_at > now() - interval '1 minute'",
                        second[1]))
                .isEqualTo("0");
        assertThat(log.lines())
                .filteredOn(l -> l.contains("de.nahbar.security"))
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .contains("WARN", "c.meyer may not send post /case/file.xhtml for record " + second[0]));
        assertThat(log.errors()).isEmpty();
    }

    @Test
    void aPageTheRoleMayNotOpenIsLoggedOnceAtWarnAndNothingAtError() throws Exception {
        post("/login", "j_username=a.schulz&j_password=demo");
        ServerLog log = ServerLog.mark();

        assertThat(get("/admin/staff.xhtml").statusCode()).isEqualTo(403);

        List<String> written = log.lines();
        assertThat(written)
                .filteredOn(l -> l.contains("de.nahbar.security"))
                .singleElement()
                .satisfies(l -> assertThat(l).contains("WARN", "a.schulz may not open /admin/staff.xhtml"));
        assertThat(log.errors()).isEmpty();
    }

    @Test
    void anAjaxPostWithoutItsPagesCspNonceIsRefusedWith400AndLoggedAtWarnNotAsAnError() throws Exception {
        FacesClient browser = new FacesClient();
        browser.login(Browser.BASE_URL, "a.schulz", "demo");
        String customer = PostgresForTests.queryString("select min(c.id) from customer c join staff_member m"
                + " on m.id = c.caseworker_id where m.username = 'a.schulz'");
        browser.get(Browser.BASE_URL + "/case/file.xhtml?id=" + customer);
        String text = "Ohne Nonce " + System.nanoTime();
        ServerLog log = ServerLog.mark();

        for (String nonce : new String[] {"", "Zm9yZ2Vk"}) {
            HttpResponse<String> answer = browser.ajaxAnswer(
                    Browser.BASE_URL + "/case/file.xhtml",
                    "tabs:noteForm:addNote",
                    "tabs:noteForm",
                    "tabs:noteForm tabs:notesList globalMessages",
                    Map.of(
                            "tabs:noteForm",
                            "tabs:noteForm",
                            "tabs:noteForm:noteText",
                            text,
                            "primefaces.nonce",
                            nonce));
            assertThat(answer.statusCode()).as("nonce '%s'", nonce).isEqualTo(400);
            assertThat(answer.body()).doesNotContain("Exception", "at org.");
        }

        assertThat(PostgresForTests.queryString("select count(*) from counselling_note where text = ?", text))
                .isEqualTo("0");
        assertThat(log.lines())
                .filteredOn(l -> l.contains("de.nahbar.security"))
                .hasSize(2)
                .allSatisfy(l -> assertThat(l)
                        .contains("WARN", "a.schulz may not post to /case/file.xhtml without its page's CSP nonce"));
        assertThat(log.errors()).isEmpty();
    }

    @Test
    void aNormalLoginLeavesNoWarningInTheServerLog() throws Exception {
        ServerLog log = ServerLog.mark();

        get("/caseload/today.xhtml");
        post("/login", "j_username=a.schulz&j_password=demo");
        assertThat(get("/caseload/today.xhtml").body()).contains("Mein Tag");

        assertThat(log.lines().stream()
                        .filter(l -> l.contains(" WARN ")
                                || l.contains(" WARNING ")
                                || l.contains(" ERROR ")
                                || l.contains(" SEVERE ")
                                || l.contains(" DEBUG ")
                                || l.contains(" TRACE ")))
                .isEmpty();
    }

    @Test
    void afterLogoutTheOldSessionCookieOpensNothing() throws Exception {
        get("/caseload/today.xhtml");
        HttpResponse<String> login = post("/login", "j_username=a.schulz&j_password=demo");
        String session = sessionId(sessionCookie(login).orElseThrow());
        HttpResponse<String> day = get("/caseload/today.xhtml");
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(day.body());
        assertThat(state.find()).isTrue();

        Matcher nonce = FacesClient.NONCE.matcher(day.body());
        assertThat(nonce.find()).isTrue();
        HttpResponse<String> logout = post(
                "/caseload/today.xhtml",
                "logoutForm=logoutForm&logoutForm%3Alogout=&jakarta.faces.ViewState="
                        + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8) + "&primefaces.nonce="
                        + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8));
        assertThat(logout.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("loggedOut=true"));

        HttpResponse<String> replayed = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/caseload/today.xhtml"))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(replayed.body()).contains("id=\"loginForm\"").doesNotContain("Mein Tag –", "Rückrufe");
    }

    @Test
    void tamperedRecordIdsAnswer404AndNeverAnErrorOrAStackTrace() throws Exception {
        post("/login", "j_username=a.schulz&j_password=demo");
        List<String> pages = List.of(
                "/case/file.xhtml?id=",
                "/reach/card.xhtml?customer=",
                "/reach/invitations.xhtml?customer=",
                "/measure/detail.xhtml?id=",
                "/provider/page.xhtml?id=",
                "/provider/deficiency.xhtml?id=");
        List<String> values = List.of(
                "abc",
                "-1",
                "0",
                "1e3",
                "99999999999999999999",
                "1%27%3B%20drop%20table%20customer",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "%00",
                "%E2%80%AE%F0%9F%98%80");
        for (String page : pages) {
            for (String value : values) {
                HttpResponse<String> response = get(page + value);
                assertThat(response.statusCode()).as(page + value).isEqualTo(404);
                assertThat(response.body())
                        .as(page + value)
                        .contains("Seite nicht gefunden")
                        .doesNotContain("Caused by")
                        .doesNotContainPattern("at [a-z]+\\.[\\w.$]+\\([\\w$]+\\.java:\\d+\\)");
            }
        }
    }

    @Test
    void aPostWithoutViewStateRunsNoAction() throws Exception {
        get("/caseload/today.xhtml");
        post("/login", "j_username=a.schulz&j_password=demo");

        // the logout button's fields without the view state: Faces treats it as a fresh visit, not as the click
        HttpResponse<String> forged = post("/caseload/today.xhtml", "logoutForm=logoutForm&logoutForm%3Alogout=");
        assertThat(forged.headers().firstValue("Location")).isEmpty();
        assertThat(get("/caseload/today.xhtml").body()).contains("Mein Tag").doesNotContain("id=\"loginForm\"");
    }

    @Test
    void aCoordinatorIsRefusedTheTeamLeadsPages() throws Exception {
        post("/login", "j_username=b.yilmaz&j_password=demo");

        for (String page : List.of("/team/overview.xhtml", "/team/occupancy.xhtml")) {
            HttpResponse<String> forbidden = get(page);
            assertThat(forbidden.statusCode()).as(page).isEqualTo(403);
            assertThat(forbidden.body()).contains("Zugriff verweigert").doesNotContain("Besetzungsquote");
        }
    }

    @Test
    void reachabilityPagesAreTheCaseworkersTheDirectoryTheAdministrators() throws Exception {
        post("/login", "j_username=c.meyer&j_password=demo");
        for (String page : List.of(
                "/reach/settings.xhtml",
                "/reach/trial.xhtml",
                "/reach/card.xhtml?customer=1",
                "/reach/invitations.xhtml?customer=1",
                "/admin/responsibilities.xhtml")) {
            HttpResponse<String> forbidden = get(page);
            assertThat(forbidden.statusCode()).as(page).isEqualTo(403);
            assertThat(forbidden.body())
                    .contains("Zugriff verweigert")
                    .doesNotContain("Anrufkarte", "Erreichbarkeitsversuch");
        }
        HttpClient caseworker = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        send(caseworker, "/login.xhtml", null);
        send(caseworker, "/login", "j_username=a.schulz&j_password=demo");
        assertThat(send(caseworker, "/admin/responsibilities.xhtml", null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theTelephoneSystemGetsOnlyTheAuthenticatedCaseworkersOwnCallers() throws Exception {
        String[] caller = PostgresForTests.queryString("select c.id || '|' || c.customer_number || '|' || c.phone_key"
                        + " from customer c join staff_member m on m.id = c.caseworker_id where m.username = 'a.schulz'"
                        + " and c.phone_key is not null order by c.id limit 1")
                .split("\\|");
        // the telephone system sends the number as it comes in, here with 0049 and spaces
        String number = URLEncoder.encode("0049 " + caller[2].substring(3), StandardCharsets.UTF_8);

        HttpResponse<String> own = cti("a.schulz:demo", number);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(own.body())
                .contains("\"id\":" + caller[0], "\"customerNumber\":\"" + caller[1] + "\"")
                .doesNotContain("phone", "birth");
        long logged = Long.parseLong(PostgresForTests.queryString(
                "select count(*) from access_log where actor = 'a.schulz'"
                        + " and case_ref = ? and purpose = 'CALL_LOOKUP'",
                caller[1]));
        assertThat(logged).isPositive();

        // another caseworker's customer: nothing, though the number is known to nahbar
        assertThat(cti("l.koch:demo", number).body()).isEqualTo("[]");
        assertThat(cti("c.meyer:demo", number).statusCode()).isEqualTo(403);
        assertThat(cti("a.schulz:demo", "Rufnummer").statusCode()).isEqualTo(400);
        assertThat(cti("a.schulz:falsch", number).statusCode()).isEqualTo(401);
        HttpResponse<String> anonymous = get("/api/calls?number=" + number);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain(caller[1]);
    }

    private static HttpResponse<String> cti(String credentials, String number)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/api/calls?number=" + number))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theAuditorIsRefusedEveryProviderPage() throws Exception {
        post("/login", "j_username=e.wagner&j_password=demo");

        for (String page :
                List.of("/provider/directory.xhtml", "/provider/page.xhtml?id=1", "/provider/deficiency.xhtml?id=1")) {
            HttpResponse<String> forbidden = get(page);
            assertThat(forbidden.statusCode()).as(page).isEqualTo(403);
            assertThat(forbidden.body()).contains("Zugriff verweigert").doesNotContain("Bildungswerk");
        }
    }

    @Test
    void aCaseworkerAndAnAdministratorReadADeficiencyWithoutAnyWayToChangeIt() throws Exception {
        for (String user : List.of("a.schulz", "d.krueger")) {
            HttpClient own = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            send(own, "/login.xhtml", null);
            send(own, "/login", "j_username=" + user + "&j_password=demo");

            HttpResponse<String> deficiency = send(own, "/provider/deficiency.xhtml?id=1", null);

            assertThat(deficiency.statusCode()).as(user).isEqualTo(200);
            assertThat(deficiency.body())
                    .as(user)
                    .contains("Kein qualifizierter Ersatz")
                    .doesNotContain("Eskalieren", "Nachweis hinzufügen", "Weitergeben", "Aufforderungsschreiben");
        }
    }

    @Test
    void expiredViewGetsTheGermanExpiredPageAndNoStackTrace() throws Exception {
        post("/login", "j_username=a.schulz&j_password=demo");

        HttpResponse<String> stale = post(
                "/caseload/today.xhtml",
                "logoutForm=logoutForm&logoutForm%3Alogout=&jakarta.faces.ViewState=-123%3A456");
        HttpResponse<String> shown = stale.statusCode() == 302
                ? get(URI.create(stale.headers().firstValue("Location").orElseThrow())
                        .getPath())
                : stale;

        assertThat(shown.body())
                .contains("Sitzung abgelaufen")
                .doesNotContain("Caused by")
                .doesNotContainPattern("at [a-z]+\\.[\\w.$]+\\([\\w$]+\\.java:\\d+\\)");
    }

    private static void assertStaticHeaders(HttpResponse<String> response) {
        assertThat(header(response, "X-Content-Type-Options")).contains("nosniff");
        assertThat(header(response, "X-Frame-Options")).contains("DENY");
        assertThat(header(response, "Referrer-Policy")).contains("same-origin");
        assertThat(header(response, "Server")).isEmpty();
        assertThat(header(response, "X-Powered-By")).isEmpty();
    }

    private static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name);
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    private static String sessionId(String setCookie) {
        return setCookie.substring("JSESSIONID=".length(), setCookie.indexOf(';'));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(client, path, null);
    }

    /** A GET (form null) or form POST with a client of its own, for a second login in one test. */
    private static HttpResponse<String> send(HttpClient with, String path, String form)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return with.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return send(client, path, form);
    }
}
