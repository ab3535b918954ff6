package de.nahbar.shared.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** Writing a change now, so that a colleague's concurrent commit shows up as a refusal here, not at commit time. */
public final class ConcurrentChanges {

    private ConcurrentChanges() {}

    /** Flushes; a version someone else changed meanwhile becomes a {@link ConcurrentChangeException} about {@code what}. */
    public static void flush(EntityManager em, String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(what);
        }
    }
}
