package de.nahbar.shared.web;

import java.io.IOException;
import java.util.Optional;
import java.util.function.LongFunction;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

/** A page about one record: the record for the id in the address, or the German 404 page. */
public final class NotFound {

    private NotFound() {}

    /** The record the service finds for the id; for a missing id or no such record, answers 404 and returns null. */
    public static <T> T loadOr404(Long id, LongFunction<Optional<T>> find) throws IOException {
        T found = id == null ? null : find.apply(id).orElse(null);
        if (found == null) {
            answer();
        }
        return found;
    }

    /** Answers 404 (the error page of web.xml) and renders nothing else. */
    public static void answer() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
        faces.responseComplete();
    }
}
