package de.nahbar.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What nahbar's pages do with an exception before PrimeFaces' handler sees it. A forged request
 * is answered 400; a refused service call is written to the security log, and a full page
 * answers 403 at once (PrimeFaces would redirect to the 403 page, so the refused address first
 * answered 302). An Ajax request still reaches the 403 page by PrimeFaces' redirect.
 */
public class NahbarExceptionHandlerFactory extends ExceptionHandlerFactory {

    public NahbarExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() {
                FacesContext faces = FacesContext.getCurrentInstance();
                HttpServletRequest request =
                        (HttpServletRequest) faces.getExternalContext().getRequest();
                for (Iterator<ExceptionQueuedEvent> events =
                                getUnhandledExceptionQueuedEvents().iterator();
                        events.hasNext(); ) {
                    Throwable error = events.next().getContext().getException();
                    ForgedRequestException forged = forged(error);
                    if (forged != null) {
                        Refusals.log(request, "send " + forged.getMessage());
                        answer(faces, 400);
                        events.remove();
                    } else if (AccessDeniedFilter.isAccessDenied(error)) {
                        Refusals.logRefusedCall(request, error);
                        if (!faces.getPartialViewContext().isAjaxRequest()) {
                            answer(faces, 403);
                            events.remove();
                        }
                    }
                }
                super.handle();
            }
        };
    }

    private static ForgedRequestException forged(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ForgedRequestException forged) {
                return forged;
            }
        }
        return null;
    }

    private static void answer(FacesContext faces, int status) {
        if (!faces.getExternalContext().isResponseCommitted()) {
            try {
                faces.getExternalContext().responseReset();
                faces.getExternalContext().responseSendError(status, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        faces.responseComplete();
    }
}
