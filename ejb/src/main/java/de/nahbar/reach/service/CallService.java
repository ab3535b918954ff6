package de.nahbar.reach.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;

import java.time.Instant;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.caseload.domain.Contact;
import de.nahbar.caseload.domain.ContactChannel;
import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.FollowUp;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.service.CaseAccess;
import de.nahbar.caseload.service.CaseAccessDeniedException;
import de.nahbar.caseload.service.CaseIndex;
import de.nahbar.reach.domain.CallTopic;
import de.nahbar.reach.domain.Responsibility;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.ConcurrentChanges;
import de.nahbar.shared.service.DomainRules;

/**
 * What happens during and after a call, in one click each: the call in the contact journal with
 * its topic (and the referral, when another unit is responsible), a promised callback, and the
 * callback done. Callbacks are the caseload's follow-ups of kind CALLBACK, with a time window.
 */
@Stateless
@RolesAllowed(CASEWORKER)
@Interceptors(DomainRules.class)
public class CallService {

    /** How the journal names a call's topic; German, like everything the journal shows of itself. */
    private static final Map<CallTopic, String> TOPIC_TEXT = Map.of(
            CallTopic.OWN_MATTER, "Anruf: eigenes Anliegen",
            CallTopic.NOT_RESPONSIBLE, "Anruf: nicht zuständig, weiterverwiesen",
            CallTopic.COMPLAINT, "Anruf: Beschwerde",
            CallTopic.ENCOURAGEMENT, "Anruf: Ermutigung, Gespräch",
            CallTopic.APPOINTMENT_CHANGE, "Anruf: Terminänderung",
            CallTopic.OTHER, "Anruf: Sonstiges");

    /** What the contact journal says of a call about this topic. */
    public static String topicText(CallTopic topic) {
        return TOPIC_TEXT.get(topic);
    }

    @EJB
    private CaseAccess access;

    @PersistenceContext
    private EntityManager em;

    /**
     * Logs an incoming call that just ended. A call about another unit's matter names where the
     * caller was referred, from the responsibility directory.
     */
    public void logCall(
            long customerId,
            @NotNull CallTopic topic,
            @Min(0) @Max(Contact.DURATION_MAX_MINUTES) Integer minutes,
            @Size(max = Contact.NOTE_MAX) String note,
            Long responsibilityId) {
        Customer customer = access.forWork(customerId);
        String referral = null;
        if (responsibilityId != null) {
            Responsibility responsibility = em.find(Responsibility.class, responsibilityId);
            if (responsibility == null) {
                throw new IllegalArgumentException("unknown responsibility " + responsibilityId);
            }
            referral = responsibility.referral();
        } else if (topic == CallTopic.NOT_RESPONSIBLE) {
            throw new IllegalArgumentException(
                    "a call about another unit's matter names where the caller was referred");
        }
        Instant now = Instant.now();
        em.persist(new Contact(customer, ContactChannel.PHONE_IN, now, minutes, topicText(topic), note, access.caller())
                .asCall(topic.name(), referral));
        CaseIndex.contactRecorded(em, customer.getId(), now);
    }

    /** Promises to call the customer back by the end of the window (by default within 48 hours). */
    public long scheduleCallback(
            long customerId, @NotBlank @Size(max = FollowUp.TITLE_MAX) String topic, @NotNull Instant dueBy) {
        Customer customer = access.forWork(customerId);
        FollowUp callback = FollowUp.callback(customer, topic, dueBy, access.caller(), Instant.now());
        em.persist(callback);
        CaseIndex.refreshNextDue(em, customer.getId());
        em.flush();
        return callback.getId();
    }

    /** The callback made: done, with what came of it. */
    public void completeCallback(long followUpId, long loadedVersion, @Size(max = FollowUp.DONE_NOTE_MAX) String note) {
        FollowUp callback = em.find(FollowUp.class, followUpId);
        if (callback == null || callback.getKind() != FollowUpKind.CALLBACK) {
            throw new CaseAccessDeniedException(access.caller(), -1);
        }
        Customer customer = access.forWork(callback.getCustomer().getId());
        if (callback.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("callback " + followUpId);
        }
        callback.complete(access.caller(), Instant.now(), note);
        ConcurrentChanges.flush(em, "callback " + followUpId);
        CaseIndex.refreshNextDue(em, customer.getId());
    }
}
