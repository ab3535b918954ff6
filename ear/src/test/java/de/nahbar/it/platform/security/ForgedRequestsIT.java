package de.nahbar.it.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;
import de.nahbar.it.support.FacesClient;
import de.nahbar.it.support.PostgresForTests;
import de.nahbar.it.support.ServerLog;
import de.nahbar.it.support.TestRecords;

/**
 * Requests that ended in HTTP 500 when an attacker inside the intranet sent them (issue 21):
 * each now gets a German message at its field or a 400, with the security headers, no stack
 * trace, nothing run, and no ERROR in the server log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForgedRequestsIT {

    private static final String BASE = Browser.BASE_URL;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anEvidenceFileOverFiveMegabytesIsNamedAtItsFieldAndAFileOverTheServersLimitIsRefusedWith400()
            throws Exception {
        FacesClient coordinator = evidencePage();
        ServerLog log = ServerLog.mark();

        HttpResponse<String> six = upload(coordinator, "gross.pdf", pdfOf(6 * 1024 * 1024));
        assertThat(six.statusCode()).isEqualTo(200);
        assertThat(six.body()).contains("Die Datei ist größer als 5 MB.").doesNotContain("Angehängt:");
        assertSecurityHeaders(six);

        // over the server's limit for a request body: refused before it is read, or the connection is closed
        try {
            assertThat(upload(coordinator, "riesig.pdf", pdfOf(30 * 1024 * 1024))
                            .statusCode())
                    .isIn(400, 413);
        } catch (IOException closedByTheServer) {
            // the server closed the connection while the body was still being sent: refused as well
        }
        assertThat(log.errors()).isEmpty();
        evidencePage(coordinator);
    }

    @Test
    void aFileThatOnlyBeginsLikeAPdfOrAnImageIsRefusedAndAnEarlierFileIsForgotten() throws Exception {
        FacesClient coordinator = evidencePage();

        HttpResponse<String> real = upload(coordinator, "nachweis.pdf", pdfOf(0));
        assertThat(real.body()).contains("Angehängt: nachweis.pdf");

        byte[] polyglot =
                "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> html = upload(coordinator, "brief.pdf", polyglot);
        assertThat(html.body())
                .contains("lässt sich nicht als PDF oder Bild öffnen")
                .doesNotContain("Angehängt:");

        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
        assertThat(upload(coordinator, "foto.png", png).body()).contains("lässt sich nicht als PDF oder Bild öffnen");
    }

    @Test
    void anUploadWithoutPrimeFacesCountOfFilesIsRefusedWith400() throws Exception {
        FacesClient coordinator = evidencePage();
        ServerLog log = ServerLog.mark();

        Map<String, String> withoutCount = new LinkedHashMap<>(uploadFields());
        withoutCount.remove("evidenceForm:file_totalFilesCount");
        HttpResponse<String> answer = coordinator.multipart(
                BASE + "/provider/deficiency.xhtml",
                withoutCount,
                List.of(new FacesClient.Part("evidenceForm:file", "a.pdf", pdfOf(0))));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertSecurityHeaders(answer);
        assertThat(log.errors()).isEmpty();
    }

    @Test
    void anInvitationForAMomentInThePastGetsAGermanMessageAtTheField() throws Exception {
        FacesClient caseworker = new FacesClient();
        caseworker.login(BASE, "a.schulz", "demo");
        String customer = PostgresForTests.queryString("select min(c.id) from customer c join staff_member m"
                + " on m.id = c.caseworker_id where m.username = 'a.schulz' and c.street is not null");
        caseworker.get(BASE + "/reach/invitations.xhtml?customer=" + customer);
        ServerLog log = ServerLog.mark();
        DateTimeFormatter german = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

        for (LocalDateTime when :
                List.of(LocalDateTime.now().minusDays(3), LocalDateTime.now().minusMinutes(5))) {
            String answer = caseworker.ajax(
                    BASE + "/reach/invitations.xhtml",
                    "inviteForm:invite",
                    "inviteForm",
                    "inviteForm globalMessages",
                    Map.of(
                            "inviteForm",
                            "inviteForm",
                            "inviteForm:startsAt_input",
                            german.format(when),
                            "inviteForm:mode",
                            "PHONE",
                            "inviteForm:purpose",
                            "Gespräch über die Bewerbung"));
            assertThat(answer)
                    .as(when.toString())
                    .contains("startsAtMessage")
                    .containsPattern("(in der Zukunft|oder später)")
                    .doesNotContain("Einladung wurde angelegt");
        }
        assertThat(log.errors()).isEmpty();
    }

    @Test
    void aFullPostWithoutThePagesNonceIsRefusedBeforeItsActionRuns() throws Exception {
        FacesClient caseworker = caseFile();
        String text = "Voller Post ohne Nonce " + System.nanoTime();
        ServerLog log = ServerLog.mark();

        HttpResponse<String> answer = caseworker.submit(
                BASE + "/case/file.xhtml",
                Map.of(
                        "tabs:noteForm",
                        "tabs:noteForm",
                        "tabs:noteForm:noteText",
                        text,
                        "tabs:noteForm:addNote",
                        "",
                        "primefaces.nonce",
                        ""));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertSecurityHeaders(answer);
        assertThat(PostgresForTests.queryString("select count(*) from counselling_note where text = ?", text))
                .isEqualTo("0");
        assertThat(log.errors()).isEmpty();
    }

    @Test
    void forgedFacesParametersAreAnswered400AndLogged() throws Exception {
        FacesClient caseworker = caseFile();
        ServerLog log = ServerLog.mark();

        assertThat(caseworker
                        .submit(
                                BASE + "/case/file.xhtml",
                                Map.of("jakarta.faces.ViewState", "stateless", "tabs:noteForm", "tabs:noteForm"))
                        .statusCode())
                .as("stateless view state")
                .isEqualTo(400);
        caseFile(caseworker);
        assertThat(caseworker
                        .ajaxAnswer(
                                BASE + "/case/file.xhtml",
                                "tabs",
                                "tabs",
                                "tabs",
                                Map.of(
                                        "tabs_contentLoad",
                                        "true",
                                        "tabs_currentTab",
                                        "tabs:gibtEsNicht",
                                        "tabs_tabindex",
                                        "3"))
                        .statusCode())
                .as("a tab the page has not")
                .isEqualTo(400);
        caseFile(caseworker);
        HttpResponse<String> known = caseworker.ajaxAnswer(
                BASE + "/case/file.xhtml",
                "tabs",
                "tabs",
                "tabs",
                Map.of("tabs_contentLoad", "true", "tabs_currentTab", "tabs:contactsTab", "tabs_tabindex", "2"));
        assertThat(known.statusCode()).as("a tab the page has").isEqualTo(200);
        assertThat(known.body()).contains("contactForm");

        assertThat(log.errors()).isEmpty();
        assertThat(log.lines())
                .filteredOn(l -> l.contains("de.nahbar.security"))
                .hasSize(2)
                .allSatisfy(l -> assertThat(l).contains("WARN", "a.schulz may not send"));
    }

    private static FacesClient caseFile() throws IOException, InterruptedException {
        FacesClient caseworker = new FacesClient();
        caseworker.login(BASE, "a.schulz", "demo");
        caseFile(caseworker);
        return caseworker;
    }

    private static void caseFile(FacesClient caseworker) throws IOException, InterruptedException {
        String customer = PostgresForTests.queryString("select min(c.id) from customer c join staff_member m"
                + " on m.id = c.caseworker_id where m.username = 'a.schulz'");
        caseworker.get(BASE + "/case/file.xhtml?id=" + customer);
    }

    /** A deficiency of its own, so that nothing other tests read is touched, opened by its coordinator. */
    private static FacesClient evidencePage() throws IOException, InterruptedException {
        FacesClient coordinator = new FacesClient();
        coordinator.login(BASE, "b.yilmaz", "demo");
        evidencePage(coordinator);
        return coordinator;
    }

    private static void evidencePage(FacesClient coordinator) throws IOException, InterruptedException {
        long deficiency = TestRecords.deficiencyOf("b.yilmaz", "Mangel für die Hochladetests")
                .id();
        assertThat(coordinator.get(BASE + "/provider/deficiency.xhtml?id=" + deficiency))
                .contains("evidenceForm:file");
    }

    private static Map<String, String> uploadFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "evidenceForm:file");
        fields.put("jakarta.faces.partial.execute", "evidenceForm:file");
        fields.put("jakarta.faces.partial.render", "evidenceForm:fileState evidenceForm:fileMessage");
        fields.put("evidenceForm", "evidenceForm");
        fields.put("evidenceForm:file_totalFilesCount", "1");
        return fields;
    }

    private static HttpResponse<String> upload(FacesClient client, String name, byte[] content)
            throws IOException, InterruptedException {
        return client.multipart(
                BASE + "/provider/deficiency.xhtml",
                uploadFields(),
                List.of(new FacesClient.Part("evidenceForm:file", name, content)));
    }

    /** A real one-page PDF, padded with a comment to about {@code size} bytes. */
    private static byte[] pdfOf(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(out);
        }
        if (size > out.size()) {
            out.write(("%" + "x".repeat(size - out.size()) + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContainPattern("at [a-z]+\\.[\\w.$]+\\([\\w$]+\\.java:\\d+\\)");
    }
}
