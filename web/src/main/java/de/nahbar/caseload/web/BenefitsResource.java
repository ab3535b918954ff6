package de.nahbar.caseload.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import de.nahbar.caseload.domain.ImportRun;
import de.nahbar.caseload.service.BenefitsImportService;
import de.nahbar.caseload.service.ImportRuns;
import de.nahbar.shared.web.Messages;

/**
 * The benefits side's daily file through the REST interface, for the integration team's job:
 * the same file as on the administrators' page, as JSON or CSV, with HTTP Basic of a login with
 * the integration role (docs/benefits-file.md). The answer names every refused row in German;
 * 200 when the file was applied, 422 when nothing was, 400 for a request nahbar cannot take.
 */
@Path("benefits")
public class BenefitsResource {

    /** The largest body taken, as on the page. */
    static final int BYTES_MAX = 25 * 1024 * 1024;

    @EJB
    private BenefitsImportService imports;

    @EJB
    private ImportRuns runs;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response deliver(@QueryParam("art") String kind, @QueryParam("modus") String mode, InputStream body)
            throws IOException {
        Optional<ImportRun.Kind> theKind = kind(kind);
        Optional<ImportRun.Mode> theMode = mode(mode);
        if (theKind.isEmpty() || theMode.isEmpty()) {
            return error("art=delta|voll und modus=alles-oder-nichts|fehlerfreie-zeilen angeben.");
        }
        byte[] content = body.readNBytes(BYTES_MAX + 1);
        BenefitsImportService.Result result = imports.run(
                "REST " + theKind.get().name().toLowerCase(Locale.ROOT), content, theKind.get(), theMode.get());
        ImportRun run = runs.withRefusals(result.runId()).orElseThrow();
        return Response.status(result.applied() ? 200 : 422)
                .entity(answer(run, result).toString())
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    private static jakarta.json.JsonObject answer(ImportRun run, BenefitsImportService.Result result) {
        JsonArrayBuilder refusals = Json.createArrayBuilder();
        for (ImportRun.Refusal refusal : run.getRefusals()) {
            JsonObjectBuilder entry = Json.createObjectBuilder()
                    .add("zeile", refusal.row())
                    .add("grund", refusal.reasonKey())
                    .add("text", RefusalTexts.reason(refusal, Messages::german));
            if (refusal.customerNumber() != null) {
                entry.add("kundennummer", refusal.customerNumber());
            }
            refusals.add(entry);
        }
        ImportRun.Counts counts = run.getCounts();
        return Json.createObjectBuilder()
                .add("lauf", run.getId())
                .add("uebernommen", result.applied())
                .add("schonEingelesen", result.seenBefore())
                .add("zeilen", run.getRowsTotal())
                .add("neu", counts.created())
                .add("geaendert", counts.changed())
                .add("unveraendert", counts.unchanged())
                .add("abgeschlossen", counts.closed())
                .add("wiederaufgenommen", counts.reopened())
                .add("gewechselt", counts.moved())
                .add("fehlenImVollbestand", counts.missing())
                .add("abgelehnt", run.getRefused())
                .add("ablehnungen", refusals)
                .build();
    }

    private static Optional<ImportRun.Kind> kind(String value) {
        return switch (value == null ? "" : value.strip().toLowerCase(Locale.ROOT)) {
            case "delta" -> Optional.of(ImportRun.Kind.DELTA);
            case "voll" -> Optional.of(ImportRun.Kind.FULL);
            default -> Optional.empty();
        };
    }

    private static Optional<ImportRun.Mode> mode(String value) {
        return switch (value == null ? "" : value.strip().toLowerCase(Locale.ROOT)) {
            case "alles-oder-nichts" -> Optional.of(ImportRun.Mode.ALL_OR_NOTHING);
            case "fehlerfreie-zeilen" -> Optional.of(ImportRun.Mode.GOOD_ROWS);
            default -> Optional.empty();
        };
    }

    private static Response error(String text) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("fehler", text).build().toString())
                .build();
    }
}
