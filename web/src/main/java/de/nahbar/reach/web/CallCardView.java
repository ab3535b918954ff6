package de.nahbar.reach.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.caseload.domain.FollowUp;
import de.nahbar.reach.domain.CallTopic;
import de.nahbar.reach.service.CallCard;
import de.nahbar.reach.service.CallCardService;
import de.nahbar.reach.service.CallService;
import de.nahbar.reach.service.ResponsibilityRow;
import de.nahbar.reach.service.ResponsibilityService;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.NotFound;

/**
 * reach/card.xhtml: the call card, with the call logged in one click, a referral from the
 * responsibility directory, a promised callback, and callbacks done.
 */
@Named
@ViewScoped
public class CallCardView implements Serializable {

    @EJB
    private CallCardService cards;

    @EJB
    private CallService calls;

    @EJB
    private ResponsibilityService directory;

    private Long customer;
    private CallCard card;

    private CallTopic topic = CallTopic.OWN_MATTER;
    private Integer minutes;
    private String note;
    private ResponsibilityRow referral;
    private String directorySearch;
    private List<ResponsibilityRow> directoryHits = List.of();

    private String callbackTopic;
    private LocalDateTime callbackBy;
    private final Map<Long, String> doneNotes = new HashMap<>();

    /** f:viewAction: opens the card (and logs the access) once per page visit. */
    public void load() throws IOException {
        if (customer == null) {
            NotFound.answer();
            return;
        }
        if (card == null) {
            card = cards.open(customer);
            resetCallback();
            directoryHits = directory.search(null);
        }
    }

    public void searchDirectory() {
        directoryHits = directory.search(directorySearch);
    }

    /** The caller is referred here: the call becomes "not my responsibility" with this referral. */
    public void refer(ResponsibilityRow row) {
        referral = row;
        topic = CallTopic.NOT_RESPONSIBLE;
    }

    public void clearReferral() {
        referral = null;
    }

    public void logCall() {
        if (topic == CallTopic.NOT_RESPONSIBLE && referral == null) {
            FacesMessages.error("callForm:directorySearch", "card.referralNeeded");
            return;
        }
        if (FacesMessages.attempt(
                () -> calls.logCall(
                        customer, topic, minutes, note, topic == CallTopic.NOT_RESPONSIBLE ? referral.id() : null),
                "card.callLogged",
                this::reload)) {
            topic = CallTopic.OWN_MATTER;
            minutes = null;
            note = null;
            referral = null;
        }
    }

    public void scheduleCallback() {
        Instant by = callbackBy.atZone(JobcenterTime.ZONE).toInstant();
        if (!by.isAfter(Instant.now())) {
            FacesMessages.error("callbackForm:callbackBy", "validation.notInPast");
            return;
        }
        if (FacesMessages.attempt(
                () -> calls.scheduleCallback(customer, callbackTopic, by), "card.callbackScheduled", this::reload)) {
            resetCallback();
        }
    }

    public void completeCallback(CallCard.OpenItem item) {
        String note = doneNotes.remove(item.followUpId());
        FacesMessages.attempt(
                () -> calls.completeCallback(item.followUpId(), item.version(), note),
                "card.callbackDone",
                this::reload);
    }

    private void resetCallback() {
        callbackTopic = null;
        callbackBy = LocalDateTime.ofInstant(Instant.now().plus(FollowUp.CALLBACK_WINDOW), JobcenterTime.ZONE)
                .withSecond(0)
                .withNano(0);
    }

    private void reload() {
        card = cards.open(customer);
    }

    public CallTopic[] getTopics() {
        return CallTopic.values();
    }

    public CallCard getCard() {
        return card;
    }

    public Long getCustomer() {
        return customer;
    }

    public void setCustomer(Long customer) {
        this.customer = customer;
    }

    public CallTopic getTopic() {
        return topic;
    }

    public void setTopic(CallTopic topic) {
        this.topic = topic;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ResponsibilityRow getReferral() {
        return referral;
    }

    public String getDirectorySearch() {
        return directorySearch;
    }

    public void setDirectorySearch(String directorySearch) {
        this.directorySearch = directorySearch;
    }

    public List<ResponsibilityRow> getDirectoryHits() {
        return directoryHits;
    }

    public String getCallbackTopic() {
        return callbackTopic;
    }

    public void setCallbackTopic(String callbackTopic) {
        this.callbackTopic = callbackTopic;
    }

    public LocalDateTime getCallbackBy() {
        return callbackBy;
    }

    public void setCallbackBy(LocalDateTime callbackBy) {
        this.callbackBy = callbackBy;
    }

    public Map<Long, String> getDoneNotes() {
        return doneNotes;
    }
}
