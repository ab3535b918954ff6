package de.nahbar.it.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.nahbar.it.fixtures.TestCases;
import de.nahbar.it.support.Browser;
import de.nahbar.it.support.Deployments;

/**
 * The benefits file through the REST interface, as the integration team's job sends it: HTTP
 * Basic of a login with the integration role (the demo's {@code x.leistung}), JSON in, an answer
 * that names every refused row in German; nobody else may send it, and the integration login
 * opens nothing else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BenefitsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static HttpResponse<String> send(String credentials, String query, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/api/benefits" + query))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void theIntegrationSendsTheFileAsJsonAndLearnsWhatWasAppliedAndWhatNot() throws Exception {
        HttpResponse<String> empty =
                send("x.leistung:demo", "?art=delta&modus=alles-oder-nichts", "application/json", "[]");

        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(json(empty).getBoolean("uebernommen")).isTrue();
        assertThat(json(empty).getInt("zeilen")).isZero();

        String number = TestCases.newCustomerNumber();
        String person = "{\"personen\": [{\"kundennummer\": \"" + number + "\", \"nachname\": \"1Zahl\","
                + " \"vorname\": \"Ida\", \"geburtsdatum\": \"1980-01-01\"},"
                + " {\"kundennummer\": \"" + number + "\", \"nachname\": \"Zwei\", \"vorname\": \"Mal\","
                + " \"geburtsdatum\": \"01.01.1980\"}]}";
        HttpResponse<String> refused =
                send("x.leistung:demo", "?art=delta&modus=fehlerfreie-zeilen", "application/json", person);

        assertThat(refused.statusCode()).as("good rows applied, so 200").isEqualTo(200);
        JsonObject answer = json(refused);
        assertThat(answer.getInt("abgelehnt")).isEqualTo(2);
        assertThat(answer.getJsonArray("ablehnungen").getJsonObject(0).getString("text"))
                .as("no rule names a team for a surname without a letter")
                .startsWith("Keine Zuständigkeitsregel");
        assertThat(answer.getJsonArray("ablehnungen").getJsonObject(1).getString("text"))
                .contains("geburtsdatum", "JJJJ-MM-TT");

        HttpResponse<String> none =
                send("x.leistung:demo", "?art=delta&modus=alles-oder-nichts", "application/json", person);
        assertThat(none.statusCode()).as("nothing applied").isEqualTo(422);
        assertThat(json(none).getBoolean("uebernommen")).isFalse();

        HttpResponse<String> broken = send(
                "x.leistung:demo", "?art=delta&modus=alles-oder-nichts", "application/json", "[{\"kundennummer\":");
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(json(broken).getJsonArray("ablehnungen").getJsonObject(0).getString("grund"))
                .isEqualTo("benefits.unreadable");
    }

    @Test
    void onlyTheIntegrationRoleSendsTheFileAndItOpensNothingElse() throws Exception {
        String query = "?art=delta&modus=alles-oder-nichts";
        assertThat(send(null, query, "application/json", "[]").statusCode()).isEqualTo(401);
        assertThat(send("x.leistung:falsch", query, "application/json", "[]").statusCode())
                .isEqualTo(401);
        assertThat(send("a.schulz:demo", query, "application/json", "[]").statusCode())
                .isEqualTo(403);
        assertThat(send("d.krueger:demo", query, "application/json", "[]").statusCode())
                .as("administrators use the page")
                .isEqualTo(403);
        assertThat(send("x.leistung:demo", "?art=irgendwas", "application/json", "[]")
                        .statusCode())
                .isEqualTo(400);

        HttpRequest calls = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "/api/calls?number=0301234567"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("x.leistung:demo".getBytes(StandardCharsets.UTF_8)))
                .build();
        assertThat(HttpClient.newHttpClient()
                        .send(calls, HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
    }
}
