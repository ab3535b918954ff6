package de.nahbar.measure.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.caseload.web.CaseFollowUpsChanged;
import de.nahbar.measure.domain.MeasureTerms;
import de.nahbar.measure.domain.Proposal;
import de.nahbar.measure.domain.ProposalOutcome;
import de.nahbar.measure.service.CaseMeasures;
import de.nahbar.measure.service.MeasureCatalogQueries;
import de.nahbar.measure.service.MeasureOption;
import de.nahbar.measure.service.NoFreePlaceException;
import de.nahbar.measure.service.PlacementService;
import de.nahbar.measure.service.ProposalContext;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.NahbarException;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.ServiceCall;

/**
 * The case file's "Maßnahmen" tab: offer a measure and record how the conversation ended
 * (informed consent, declined, not yet), reserve a place or join the waiting list on standing
 * consent, withdraw consent, and the history of proposals and placements. Shown only to those
 * who work the case; every call is checked again by {@link PlacementService}. Further vocational
 * training has {@link FbwReferralsView}, the feedback on an ended participation
 * {@link ParticipationFeedbackView}.
 */
@Named
@ViewScoped
public class CaseMeasuresView implements Serializable {

    @EJB
    private PlacementService placements;

    @EJB
    private MeasureCatalogQueries catalog;

    /** Tells the case file on the same page that a "not yet" with a date added a follow-up. */
    @Inject
    private Event<CaseFollowUpsChanged> followUpsChanged;

    private long customerId;
    private CaseMeasures measures;

    private String measureChoice;
    private ProposalContext context;
    private ProposalOutcome outcome;
    private LocalDate conversationOn;
    private boolean informedContent;
    private boolean informedProvider;
    private boolean informedVoluntary;
    private String note;
    private LocalDate followUpOn;

    /** Per standing consent: the entry date chosen for it. */
    private final Map<Long, Long> chosenEntry = new HashMap<>();
    /** The consent whose entry date turned out full: offer the waiting list for it. */
    private Long fullFor;

    /** f:viewAction after the case file opened: loads the tab for those who work the case. */
    public void load(Long id, boolean writable) {
        if (id != null && writable && (measures == null || customerId != id)) {
            customerId = id;
            refresh();
        }
    }

    /** Reads the tab again after a change. */
    public void refresh() {
        measures = placements.ofCase(customerId);
    }

    public List<String> suggest(String text) {
        return catalog.suggest(text).stream().map(MeasureOption::label).toList();
    }

    /** After a measure was chosen: what the caseworker should know before offering it. */
    public void choose() {
        context = null;
        if (measureChoice == null || measureChoice.isBlank()) {
            return;
        }
        String number = (measureChoice.contains(" · ")
                        ? measureChoice.substring(0, measureChoice.indexOf(" · "))
                        : measureChoice)
                .strip();
        try {
            // longer than any measure number: unknown, without asking the service
            context = number.length() > MeasureTerms.NUMBER_MAX
                    ? null
                    : placements.context(customerId, number).orElse(null);
        } catch (NahbarException e) {
            FacesMessages.error(null, e.messageKey());
            return;
        }
        if (context == null) {
            FacesMessages.error("tabs:proposalForm:measure", "case_measures.unknownMeasure");
            return;
        }
        conversationOn = JobcenterTime.today();
    }

    public void recordProposal() {
        if (context == null) {
            FacesMessages.error("tabs:proposalForm:measure", "case_measures.chooseMeasure");
            return;
        }
        Proposal.Informed informed = new Proposal.Informed(informedContent, informedProvider, informedVoluntary);
        if (attempt(ServiceCall.of(() -> placements.recordProposal(
                        customerId, context.measureId(), outcome, conversationOn, informed, note, followUpOn))
                .done("case_measures.recorded." + outcome.name())
                .field("conversationOn", "tabs:proposalForm:conversationOn")
                .field("informed", "tabs:proposalForm:informedContent")
                .field("followUpOn", "tabs:proposalForm:followUpOn"))) {
            if (followUpOn != null) {
                followUpsChanged.fire(new CaseFollowUpsChanged(customerId));
            }
            clearProposal();
        }
    }

    public void reserve(long proposalId) {
        Long entry = chosenEntry.get(proposalId);
        if (entry == null) {
            FacesMessages.error(null, "case_measures.chooseEntry");
            return;
        }
        try {
            placements.reserve(proposalId, entry);
            FacesMessages.info("case_measures.reserved");
            fullFor = null;
            refresh();
        } catch (NoFreePlaceException e) {
            FacesMessages.error(null, e.messageKey());
            fullFor = proposalId;
            refresh();
        } catch (NahbarException e) {
            FacesMessages.error(null, e.messageKey());
        }
    }

    public void joinWaitingList(long proposalId) {
        Long entry = chosenEntry.get(proposalId);
        if (entry == null) {
            FacesMessages.error(null, "case_measures.chooseEntry");
            return;
        }
        if (attempt(() -> placements.joinWaitingList(proposalId, entry), "case_measures.queued")) {
            fullFor = null;
        }
    }

    public void withdrawConsent(long proposalId) {
        attempt(() -> placements.withdrawConsent(proposalId), "case_measures.withdrawn");
    }

    private boolean attempt(Runnable action, String savedKey) {
        return attempt(ServiceCall.of(action).done(savedKey));
    }

    private boolean attempt(ServiceCall call) {
        boolean done = call.run();
        if (done) {
            refresh();
        }
        return done;
    }

    private void clearProposal() {
        measureChoice = null;
        context = null;
        outcome = null;
        informedContent = false;
        informedProvider = false;
        informedVoluntary = false;
        note = null;
        followUpOn = null;
    }

    public CaseMeasures getMeasures() {
        return measures;
    }

    public ProposalContext getContext() {
        return context;
    }

    public Map<Long, Long> getChosenEntry() {
        return chosenEntry;
    }

    public boolean isFull(long proposalId) {
        return fullFor != null && fullFor == proposalId;
    }

    public String getMeasureChoice() {
        return measureChoice;
    }

    public void setMeasureChoice(String measureChoice) {
        this.measureChoice = measureChoice;
    }

    public ProposalOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ProposalOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getConversationOn() {
        return conversationOn;
    }

    public void setConversationOn(LocalDate conversationOn) {
        this.conversationOn = conversationOn;
    }

    public boolean isInformedContent() {
        return informedContent;
    }

    public void setInformedContent(boolean informedContent) {
        this.informedContent = informedContent;
    }

    public boolean isInformedProvider() {
        return informedProvider;
    }

    public void setInformedProvider(boolean informedProvider) {
        this.informedProvider = informedProvider;
    }

    public boolean isInformedVoluntary() {
        return informedVoluntary;
    }

    public void setInformedVoluntary(boolean informedVoluntary) {
        this.informedVoluntary = informedVoluntary;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }
}
