package de.nahbar.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The tests' server's management interface (WildFly's default port 9990) as the load balancer and
 * the monitoring ask it: readiness, liveness, metrics; no login. Also any other address, as a
 * client without cookies that follows no redirect.
 */
public final class Management {

    public static final String URL = "http://localhost:9990";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Management() {}

    /** {@code path} on the management interface, e.g. {@code /health/ready}. */
    public static HttpResponse<String> ask(String path) {
        return get(URL + path);
    }

    public static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
