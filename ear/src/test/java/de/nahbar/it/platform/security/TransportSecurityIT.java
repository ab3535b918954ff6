package de.nahbar.it.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.nahbar.it.support.ExtraServer;
import de.nahbar.it.support.ExtraServerTestCase;

/**
 * Production transport as docs/security.md's "HTTPS" section switches it on: the production configuration
 * with the Jobcenter's own certificate in a key store (two properties). The server presents that
 * certificate (the client trusts it and nothing else), plain HTTP is sent on to HTTPS, answers
 * carry HSTS and Secure cookies, and the login works over it.
 */
class TransportSecurityIT extends ExtraServerTestCase {

    private static final int OFFSET = 800;
    private static final String PASSWORD = "Schluessel-" + System.nanoTime() % 100_000;
    private static final String HTTPS = "https://localhost:" + (8443 + OFFSET);

    private static Path keystore;

    @BeforeAll
    static void start() throws Exception {
        Path work = Files.createDirectories(
                Path.of(System.getProperty("nahbar.test.work", "target")).toAbsolutePath());
        keystore = work.resolve("jobcenter-" + System.nanoTime() + ".p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "nahbar",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=localhost, O=Jobcenter Musterstadt",
                        "-ext",
                        "SAN=dns:localhost",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        PASSWORD,
                        "-keypass",
                        PASSWORD)
                .redirectErrorStream(true)
                .start();
        assertThat(keytool.waitFor())
                .as(new String(keytool.getInputStream().readAllBytes()))
                .isZero();
        server = ExtraServer.start(
                "tls",
                "standalone-nahbar-postgresql.xml",
                OFFSET,
                "-Djboss.tx.node.id=tls-test",
                "-Dnahbar.tls.keystore=" + keystore,
                "-Dnahbar.tls.keystore-password=" + PASSWORD);
    }

    @AfterAll
    static void removeKeystore() throws Exception {
        Files.deleteIfExists(keystore);
    }

    @Test
    void plainHttpIsSentOnToHttps() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.url() + "/caseload/list.xhtml?page=2"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(301);
        assertThat(answer.headers().firstValue("Location")).contains(HTTPS + "/caseload/list.xhtml?page=2");
        assertThat(answer.body()).doesNotContain("loginForm");
    }

    @Test
    void overHttpsTheServerShowsTheJobcentersCertificateAndAsksForHttpsOnly() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .sslContext(trustingOnly(keystore))
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(HTTPS + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("; secure"));

        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(URI.create(HTTPS + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("j_username=a.schulz&j_password=demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("nahbar-device=").containsIgnoringCase("; secure"));
    }

    /** Trusts exactly the certificate of the key store the server was given. */
    private static SSLContext trustingOnly(Path p12) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        Certificate certificate = keys.getCertificate("nahbar");
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("jobcenter", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
