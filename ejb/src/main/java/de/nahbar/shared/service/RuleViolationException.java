package de.nahbar.shared.service;

import de.nahbar.shared.domain.RuleBroken;

/**
 * Input that passed the form but breaks a domain rule; nothing was stored. A {@link RuleBroken}
 * keeps its field and message, every other refusal of the domain reads "error.ruleViolation".
 */
public class RuleViolationException extends NahbarException {

    private final String field;
    private final String messageKey;

    public RuleViolationException(RuntimeException cause) {
        super(cause.getMessage());
        initCause(cause);
        if (cause instanceof RuleBroken broken) {
            field = broken.field();
            messageKey = broken.messageKey();
        } else {
            field = null;
            messageKey = "error.ruleViolation";
        }
    }

    /** The form field the broken rule concerns, in the domain's terms; null when it names none. */
    public String field() {
        return field;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
