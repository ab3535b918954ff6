package de.nahbar.measure.service;

import de.nahbar.shared.service.NahbarException;

/** A step of the way from proposal to participation that the rules do not allow; nothing was stored. */
public class PlacementRefusedException extends NahbarException {

    /** Why, each with its German text in the bundle under {@code measure.error.<name>}. */
    public enum Why {
        /** No standing, informed consent. */
        noConsent,
        /** The customer already waits for, holds or uses a place in this measure. */
        alreadyPlaced,
        /** The measure has ended. */
        measureEnded,
        /** The entry date has passed. */
        entryPassed,
        /** A place is still free: reserve it instead of waiting. */
        placeFree,
        /** Take-up is recorded on or after the entry date. */
        beforeEntry
    }

    private final Why why;

    public PlacementRefusedException(Why why) {
        super(why.name());
        this.why = why;
    }

    public Why why() {
        return why;
    }

    @Override
    public String messageKey() {
        return "measure.error." + why.name();
    }
}
