package de.nahbar.reach.web;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import de.nahbar.reach.service.CallLookupService;
import de.nahbar.reach.service.CallMatch;
import de.nahbar.shared.domain.PhoneNumber;

/**
 * For the telephone system: who is calling? Given the caller's number, the customers with that
 * number in the authenticated caseworker's caseload or deputised caseloads, so the phone client
 * can open their call card. Rights and access log are the lookup's; nothing more is returned.
 */
@Path("calls")
public class CtiResource {

    @EJB
    private CallLookupService lookup;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response callers(@QueryParam("number") String number) {
        if (number == null || !PhoneNumber.isValid(number)) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(Json.createObjectBuilder()
                            .add("error", "Keine gültige Telefonnummer.")
                            .build()
                            .toString())
                    .build();
        }
        List<CallMatch> matches = lookup.byNumber(number);
        JsonArrayBuilder body = Json.createArrayBuilder();
        for (CallMatch match : matches) {
            body.add(Json.createObjectBuilder()
                    .add("id", match.id())
                    .add("name", match.name())
                    .add("customerNumber", match.customerNumber()));
        }
        return Response.ok(body.build().toString(), MediaType.APPLICATION_JSON).build();
    }
}
