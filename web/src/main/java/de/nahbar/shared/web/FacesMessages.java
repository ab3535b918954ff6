package de.nahbar.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Adds messages from the "msg" bundle to the current request, next to a field or at the top. */
public final class FacesMessages {

    private FacesMessages() {}

    /**
     * An error for the field with this client id (null: a page-wide message); fails validation.
     * A field the page does not have (a wrong id, a tab not loaded) gets the message at the top,
     * so that it is never lost: a message for no component shows nowhere.
     */
    public static void error(String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get(key, arguments);
        faces.addMessage(
                onPage(faces, clientId) ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    private static boolean onPage(FacesContext faces, String clientId) {
        if (clientId == null || faces.getViewRoot() == null) {
            return false;
        }
        try {
            return faces.getViewRoot().findComponent(clientId) != null;
        } catch (IllegalArgumentException notAContainer) {
            return false;
        }
    }

    public static void info(String key, Object... arguments) {
        String text = Messages.get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /**
     * Runs a change the user asked for. Done: the done message, then {@code refresh}. Someone else
     * changed the record first: the explanation, then {@code refresh} to show their version. A rule
     * refused it: the explanation, and the form stays as the user left it. Returns whether it was done.
     */
    public static boolean attempt(Runnable change, String doneKey, Runnable refresh) {
        return attempt(ServiceCall.of(change).done(doneKey), refresh);
    }

    /** {@link #attempt(Runnable, String, Runnable)} for a call that says more (fields of its refusals). */
    public static boolean attempt(ServiceCall change, Runnable refresh) {
        boolean done = change.onConcurrentChange(refresh).run();
        if (done) {
            refresh.run();
        }
        return done;
    }
}
