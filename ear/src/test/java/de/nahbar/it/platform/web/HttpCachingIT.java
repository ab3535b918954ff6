package de.nahbar.it.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;

/**
 * What travels over the wire: text compressed when the browser asks, files as they are;
 * versioned scripts and styles kept by the browser for a year, nahbar's own style sheet
 * revalidated, so that a release reaches everyone at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpCachingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void pagesScriptsAndStylesAreCompressedForABrowserThatAsks() throws Exception {
        for (String path : new String[] {
            "/login.xhtml",
            "/jakarta.faces.resource/css/nahbar.css.xhtml",
            "/jakarta.faces.resource/core.js.xhtml?ln=primefaces"
        }) {
            HttpResponse<byte[]> plain = get(path, null);
            HttpResponse<byte[]> zipped = get(path, "gzip");

            assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            byte[] unpacked = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
            assertThat(zipped.body().length).as(path + " compressed").isLessThan(plain.body().length / 2);
            if (path.equals("/login.xhtml")) {
                assertThat(new String(unpacked, StandardCharsets.UTF_8)).contains("Anmelden", "id=\"loginForm\"");
            } else {
                assertThat(unpacked).as(path).isEqualTo(plain.body());
            }
            assertThat(plain.headers().firstValue("Content-Encoding"))
                    .as("only for who asks")
                    .isEmpty();
        }
    }

    @Test
    void versionedResourcesAreKeptForAYearAndTheOwnStyleSheetIsRevalidated() throws Exception {
        String page = new String(get("/login.xhtml", null).body(), StandardCharsets.UTF_8);
        Matcher versioned = Pattern.compile(
                        "/jakarta\\.faces\\.resource/core\\.js\\.xhtml\\?ln=primefaces&amp;v=[\\w.-]+")
                .matcher(page);
        assertThat(versioned.find())
                .as("the login page loads PrimeFaces' core.js with its version")
                .isTrue();

        HttpResponse<byte[]> script = get(versioned.group().replace("&amp;", "&"), null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
        assertThat(script.headers().firstValue("Expires")).isEmpty();

        HttpResponse<byte[]> style = get("/jakarta.faces.resource/css/nahbar.css.xhtml", null);
        assertThat(style.headers().allValues("Cache-Control")).containsExactly("no-cache");
        String lastModified = style.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<byte[]> again = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(Browser.BASE_URL + "/jakarta.faces.resource/css/nahbar.css.xhtml"))
                                .header("If-Modified-Since", lastModified)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).as("unchanged since the browser's copy").isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
