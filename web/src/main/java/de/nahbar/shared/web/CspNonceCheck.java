package de.nahbar.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;

import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * Refuses a post (Ajax or full) without the page's CSP nonce with 400, before anything of it
 * runs. PrimeFaces checks the nonce only when it writes the answer: by then a full post's action
 * had run (a note was saved) and the answer ended in an error page, an Ajax answer was truncated,
 * both with a SEVERE log entry and a stack trace. A browser always sends the nonce its page was
 * given; a post without it was made elsewhere, so it is written to the security log like any
 * other refusal.
 */
public class CspNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        // a view that could not be restored (expired) has no nonce to compare: its own page says so
        boolean restoreFailed = context.getExceptionHandler()
                .getUnhandledExceptionQueuedEvents()
                .iterator()
                .hasNext();
        if (context.getViewRoot() == null
                || restoreFailed
                || !context.isPostback()
                || !PrimeApplicationContext.getCurrentInstance(context)
                        .getConfig()
                        .isCsp()) {
            return;
        }
        try {
            // PrimeFaces compares the posted nonce with the view's here, and keeps it for the answer
            PrimeFacesContext.getCspState(context).getNonce();
        } catch (CspException e) {
            Refusals.log(
                    (HttpServletRequest) context.getExternalContext().getRequest(),
                    "post to " + context.getViewRoot().getViewId() + " without its page's CSP nonce (" + e.getMessage()
                            + ")");
            try {
                context.getExternalContext().responseSendError(400, "Anfrage ohne gültige Sicherheitsmarke");
            } catch (IOException notSent) {
                throw new UncheckedIOException(notSent);
            }
            context.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the nonce is known once the view is restored
    }
}
