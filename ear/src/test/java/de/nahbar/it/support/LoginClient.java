package de.nahbar.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * One browser's logins through the login form, over plain HTTP: its cookies (the session and the
 * device cookie a login leaves) are its own, redirects are not followed, so the answer to each
 * attempt is seen as it is.
 */
public final class LoginClient {

    /** What came of an attempt. */
    public enum Outcome {
        /** logged in: 302 to the next page */
        IN,
        /** the login page again: wrong user name or password */
        WRONG,
        /** the login page again: this login must wait before the next try from here */
        WAIT,
        /** the login page again: the directory could not be asked */
        DIRECTORY_DOWN,
        /** the login page again: the password was right, but no role comes with it */
        NO_ROLE,
        /** the login page again: the password was right, but the login is deactivated */
        DEACTIVATED
    }

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String baseUrl;
    private HttpResponse<String> last;

    /** A browser of the tests' own server. */
    public LoginClient() {
        this(Browser.BASE_URL);
    }

    /** A browser of another server ({@code http://host:port}). */
    public LoginClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Opens the login page and posts the form, as a person would. */
    public Outcome login(String username, String password) throws IOException, InterruptedException {
        http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        last = post("/login", "j_username=" + encode(username) + "&j_password=" + encode(password));
        if (last.statusCode() == 302) {
            return Outcome.IN;
        }
        if (last.statusCode() == 200 && last.body().contains("id=\"loginWait\"")) {
            return Outcome.WAIT;
        }
        if (last.statusCode() == 200 && last.body().contains("id=\"loginError\"")) {
            return Outcome.WRONG;
        }
        if (last.statusCode() == 200 && last.body().contains("id=\"loginDirectoryDown\"")) {
            return Outcome.DIRECTORY_DOWN;
        }
        if (last.statusCode() == 200 && last.body().contains("id=\"loginNoRole\"")) {
            return Outcome.NO_ROLE;
        }
        if (last.statusCode() == 200 && last.body().contains("id=\"loginDeactivated\"")) {
            return Outcome.DEACTIVATED;
        }
        throw new AssertionError("unexpected answer to a login: " + last.statusCode() + " " + last.body());
    }

    /** A form post with this browser's cookies; whatever the server answers. */
    public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The answer to the last login. */
    public HttpResponse<String> lastAnswer() {
        return last;
    }

    /** The device cookie this browser holds, or null. */
    public String deviceCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("nahbar-device"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
