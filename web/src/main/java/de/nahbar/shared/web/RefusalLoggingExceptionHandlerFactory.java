package de.nahbar.shared.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Writes a refused service call to the security log before PrimeFaces turns it into the 403
 * page; an Ajax request reaches that page by redirect, where the refusal is no longer known.
 */
public class RefusalLoggingExceptionHandlerFactory extends ExceptionHandlerFactory {

    public RefusalLoggingExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() {
                HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance()
                        .getExternalContext().getRequest();
                for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                    Refusals.logRefusedCall(request, event.getContext().getException());
                }
                super.handle();
            }
        };
    }
}
