package de.nahbar.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for tests that need many sessions, a process killed between two
 * requests or several servers: one session (its cookies), the form login, and the PrimeFaces
 * Ajax post with the page's view state and CSP nonce, as a browser sends them. Every answer must
 * be 200. The session's cookie is the host's, whatever the port: the same session can go to
 * another node of a cluster.
 */
public final class FacesClient {

    /** The view state in a page. */
    public static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The view state in a partial (Ajax) response. */
    public static final Pattern VIEW_STATE_UPDATE =
            Pattern.compile("<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
    /** PrimeFaces' CSP nonce, which every Ajax post must carry. */
    public static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    // HTTP/1.1 as a browser speaks it over plain HTTP (the client would otherwise upgrade to h2c)
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private String viewState;
    private String nonce;

    /** Logs in with the login form at {@code base}; returns the page it lands on. */
    public String login(String base, String username, String password) throws IOException, InterruptedException {
        get(base + "/login.xhtml");
        return post(base + "/login", Map.of("j_username", username, "j_password", password));
    }

    /** Opens a page; its view state and nonce become those of the next Ajax post. */
    public String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).as(url).isEqualTo(200);
        remember(page.body());
        return page.body();
    }

    /**
     * The Ajax post of the component {@code source} of the page last opened, processing
     * {@code execute} and rendering {@code render}, with the form's fields (which may also
     * replace the view state or nonce); the page's view state is the one of the answer afterwards.
     */
    public String ajax(String url, String source, String execute, String render, Map<String, String> fields)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = ajaxAnswer(url, source, execute, render, fields);
        assertThat(answer.statusCode()).as(url).isEqualTo(200);
        rememberPartial(answer.body());
        return answer.body();
    }

    /** {@link #ajax} with whatever status the server answers. */
    public HttpResponse<String> ajaxAnswer(
            String url, String source, String execute, String render, Map<String, String> fields)
            throws IOException, InterruptedException {
        assertThat(viewState).as("a page opened before its Ajax post").isNotNull();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", execute);
        form.put("jakarta.faces.partial.render", render);
        form.put(source, source);
        form.put("jakarta.faces.ViewState", viewState);
        form.put("primefaces.nonce", nonce);
        form.putAll(fields);
        return send(url, form, true);
    }

    /**
     * A full (non-Ajax) post of a form of the page last opened, with its view state and nonce
     * unless {@code fields} replace them; whatever the server answers. A page in the answer
     * becomes the one of the next post.
     */
    public HttpResponse<String> submit(String url, Map<String, String> fields)
            throws IOException, InterruptedException {
        assertThat(viewState).as("a page opened before its post").isNotNull();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.ViewState", viewState);
        form.put("primefaces.nonce", nonce);
        form.putAll(fields);
        HttpResponse<String> answer = send(url, form, false);
        remember(answer.body());
        return answer;
    }

    /** A file in a multipart post: the field's name, the file's name and its bytes. */
    public record Part(String field, String fileName, byte[] content) {}

    /**
     * A multipart post (a file upload) of the page last opened, with its view state and nonce and
     * {@code fields}; whatever the server answers.
     */
    public HttpResponse<String> multipart(String url, Map<String, String> fields, List<Part> files)
            throws IOException, InterruptedException {
        assertThat(viewState).as("a page opened before its upload").isNotNull();
        String boundary = "nahbar" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.putIfAbsent("jakarta.faces.ViewState", viewState);
        form.putIfAbsent("primefaces.nonce", nonce);
        for (Map.Entry<String, String> field : form.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (Part file : files) {
            body.write(
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
                                    + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            body.write(file.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if ("true".equals(form.get("jakarta.faces.partial.ajax"))) {
            request.header("Faces-Request", "partial/ajax");
        }
        HttpResponse<String> answer =
                http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        rememberPartial(answer.body());
        return answer;
    }

    private String post(String url, Map<String, String> form) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(url, form, false);
        assertThat(answer.statusCode()).as(url).isEqualTo(200);
        remember(answer.body());
        return answer.body();
    }

    private HttpResponse<String> send(String url, Map<String, String> form, boolean ajax)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A partial answer brings the page's next view state and, where PrimeFaces renews it, the nonce. */
    private void rememberPartial(String answer) {
        Matcher update = VIEW_STATE_UPDATE.matcher(answer);
        if (update.find()) {
            viewState = update.group(1);
        }
        Matcher csp = NONCE.matcher(answer);
        if (csp.find()) {
            nonce = csp.group(1);
        }
    }

    private void remember(String page) {
        Matcher state = VIEW_STATE.matcher(page);
        Matcher csp = NONCE.matcher(page);
        if (state.find() && csp.find()) {
            viewState = state.group(1);
            nonce = csp.group(1);
        }
    }
}
