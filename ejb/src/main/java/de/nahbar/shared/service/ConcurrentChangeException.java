package de.nahbar.shared.service;

/** Someone else saved the same record since it was loaded; nothing was overwritten. */
public class ConcurrentChangeException extends NahbarException {

    public ConcurrentChangeException(String what) {
        super("concurrent change of " + what);
    }

    @Override
    public String messageKey() {
        return "error.concurrentChange";
    }
}
