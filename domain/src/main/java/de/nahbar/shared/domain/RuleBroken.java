package de.nahbar.shared.domain;

/**
 * A domain rule a user can break through a form, told in the user's words: which field of the
 * form it concerns and the bundle key of the German message. Services turn it into a refusal
 * that the page shows at that field, so the page need not check the rule again.
 */
public class RuleBroken extends IllegalArgumentException {

    private final String field;
    private final String messageKey;

    /** {@code field}: the name of the value in the entity's terms ("followUpOn"); {@code messageKey}: the message. */
    public RuleBroken(String field, String messageKey) {
        super(messageKey + " (" + field + ")");
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
