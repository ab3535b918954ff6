package de.nahbar.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;

/** What travels over the wire: text compressed when the browser asks, files as they are. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HttpCachingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void pagesScriptsAndStylesAreCompressedForABrowserThatAsks() throws Exception {
        for (String path : new String[] {"/login.xhtml", "/jakarta.faces.resource/css/nahbar.css.xhtml",
                "/jakarta.faces.resource/core.js.xhtml?ln=primefaces"}) {
            HttpResponse<byte[]> plain = get(path, null);
            HttpResponse<byte[]> zipped = get(path, "gzip");

            assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            byte[] unpacked = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
            assertThat(zipped.body().length).as(path + " compressed").isLessThan(plain.body().length / 2);
            if (path.equals("/login.xhtml")) {
                assertThat(new String(unpacked, StandardCharsets.UTF_8)).contains("Anmelden", "j_security_check");
            } else {
                assertThat(unpacked).as(path).isEqualTo(plain.body());
            }
            assertThat(plain.headers().firstValue("Content-Encoding")).as("only for who asks").isEmpty();
        }
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
