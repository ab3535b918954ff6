package de.nahbar.measure.service;

import de.nahbar.shared.service.NahbarException;

/** Every place of the entry date is taken; nothing was reserved. The waiting list is open. */
public class NoFreePlaceException extends NahbarException {

    public NoFreePlaceException(long entryDateId) {
        super("no free place on entry date " + entryDateId);
    }

    @Override
    public String messageKey() {
        return "measure.error.noFreePlace";
    }
}
