package de.nahbar.shared.service;

/** Input that passed the form but breaks a domain rule; nothing was stored. */
public class RuleViolationException extends NahbarException {

    public RuleViolationException(RuntimeException cause) {
        super(cause.getMessage());
        initCause(cause);
    }

    @Override
    public String messageKey() {
        return "error.ruleViolation";
    }
}
