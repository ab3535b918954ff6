package de.nahbar.measure.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.caseload.web.CaseFileView;
import de.nahbar.measure.domain.FbwStatus;
import de.nahbar.measure.domain.MeasureTerms;
import de.nahbar.measure.domain.Proposal;
import de.nahbar.measure.domain.ProposalOutcome;
import de.nahbar.measure.service.CaseMeasures;
import de.nahbar.measure.service.FbwEntry;
import de.nahbar.measure.service.FbwService;
import de.nahbar.measure.service.MeasureCatalog;
import de.nahbar.measure.service.MeasureOption;
import de.nahbar.measure.service.NoFreePlaceException;
import de.nahbar.measure.service.PlacementService;
import de.nahbar.measure.service.ProposalContext;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.NahbarException;
import de.nahbar.shared.web.FacesMessages;

/**
 * The case file's "Maßnahmen" tab: offer a measure and record how the conversation ended
 * (informed consent, declined, not yet), reserve a place or join the waiting list on standing
 * consent, withdraw consent, and the history of proposals and placements. Shown only to those
 * who work the case; every call is checked again by {@link PlacementService}.
 */
@Named
@ViewScoped
public class CaseMeasuresView implements Serializable {

    @EJB
    private PlacementService placements;

    @EJB
    private MeasureCatalog catalog;

    @EJB
    private FbwService fbwService;

    /** The case file on the same page, whose follow-ups a "not yet" with a date extends. */
    @Inject
    private CaseFileView caseFile;

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

    private void refresh() {
        measures = placements.ofCase(customerId);
        fbw = fbwService.ofCase(customerId);
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
        if (outcome == ProposalOutcome.CONSENT && !(informedContent && informedProvider && informedVoluntary)) {
            FacesMessages.error("tabs:proposalForm:informedContent", "case_measures.informedRequired");
            return;
        }
        if (followUpOn != null && (outcome != ProposalOutcome.NOT_YET || followUpOn.isBefore(conversationOn))) {
            FacesMessages.error("tabs:proposalForm:followUpOn", "case_measures.followUpOnlyNotYet");
            return;
        }
        if (conversationOn.isAfter(JobcenterTime.today())) {
            FacesMessages.error("tabs:proposalForm:conversationOn", "validation.notInFuture");
            return;
        }
        Proposal.Informed informed = new Proposal.Informed(informedContent, informedProvider, informedVoluntary);
        if (attempt(
                () -> placements.recordProposal(
                        customerId, context.measureId(), outcome, conversationOn, informed, note, followUpOn),
                "case_measures.recorded." + outcome.name())) {
            if (followUpOn != null) {
                caseFile.refresh();
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

    /** Further vocational training: the referrals, the form for a new one, and the step being recorded. */
    private List<FbwEntry> fbw = List.of();

    private String fbwGoal;
    private LocalDate fbwOn = JobcenterTime.today();
    private Long fbwActing;
    private FbwStatus fbwNext;
    private LocalDate fbwStepOn;
    private String fbwCourse;
    private LocalDate fbwStart;
    private LocalDate fbwEnd;

    public void refer() {
        if (fbwOn.isAfter(JobcenterTime.today())) {
            FacesMessages.error("tabs:fbwForm:fbwOn", "validation.notInFuture");
            return;
        }
        if (attempt(() -> fbwService.refer(customerId, fbwGoal, fbwOn), "case_measures.fbwReferred")) {
            fbwGoal = null;
        }
    }

    public void startFbwStep(FbwEntry referral) {
        fbwActing = referral.id();
        fbwNext = null;
        fbwStepOn = JobcenterTime.today();
        fbwCourse = referral.course();
        fbwStart = referral.courseStartsOn();
        fbwEnd = referral.courseEndsOn();
    }

    public void recordFbwStep(FbwEntry referral) {
        String prefix = "tabs:fbwList:fbw:" + fbw.indexOf(referral) + ":";
        if (fbwNext == null) {
            FacesMessages.error(prefix + "fbwNext", "validation.required");
            return;
        }
        if (fbwNext == FbwStatus.STARTED && fbwStart == null) {
            FacesMessages.error(prefix + "fbwStart", "case_measures.fbwStartNeeded");
            return;
        }
        if (fbwStart != null && fbwEnd != null && fbwEnd.isBefore(fbwStart)) {
            FacesMessages.error(prefix + "fbwEnd", "validation.toBeforeFrom");
            return;
        }
        if (attempt(
                () -> fbwService.advance(
                        referral.id(), referral.version(), fbwNext, fbwStepOn, fbwCourse, fbwStart, fbwEnd),
                "case_measures.fbwAdvanced")) {
            fbwActing = null;
        }
    }

    public boolean isFbwActing(FbwEntry referral) {
        return fbwActing != null && fbwActing == referral.id();
    }

    public List<FbwEntry> getFbw() {
        return fbw;
    }

    public String getFbwGoal() {
        return fbwGoal;
    }

    public void setFbwGoal(String fbwGoal) {
        this.fbwGoal = fbwGoal;
    }

    public LocalDate getFbwOn() {
        return fbwOn;
    }

    public void setFbwOn(LocalDate fbwOn) {
        this.fbwOn = fbwOn;
    }

    public FbwStatus getFbwNext() {
        return fbwNext;
    }

    public void setFbwNext(FbwStatus fbwNext) {
        this.fbwNext = fbwNext;
    }

    public LocalDate getFbwStepOn() {
        return fbwStepOn;
    }

    public void setFbwStepOn(LocalDate fbwStepOn) {
        this.fbwStepOn = fbwStepOn;
    }

    public String getFbwCourse() {
        return fbwCourse;
    }

    public void setFbwCourse(String fbwCourse) {
        this.fbwCourse = fbwCourse;
    }

    public LocalDate getFbwStart() {
        return fbwStart;
    }

    public void setFbwStart(LocalDate fbwStart) {
        this.fbwStart = fbwStart;
    }

    public LocalDate getFbwEnd() {
        return fbwEnd;
    }

    public void setFbwEnd(LocalDate fbwEnd) {
        this.fbwEnd = fbwEnd;
    }

    /** The feedback form of one ended participation: what served the customer, what did not. */
    private Long feedbackFor;

    private String served;
    private String didNotServe;

    public void startFeedback(long placementId) {
        feedbackFor = placementId;
        served = null;
        didNotServe = null;
    }

    public void giveFeedback() {
        if ((served == null || served.isBlank()) && (didNotServe == null || didNotServe.isBlank())) {
            FacesMessages.error("tabs:measureHistory:served", "case_measures.feedbackEmpty");
            return;
        }
        if (attempt(() -> placements.giveFeedback(feedbackFor, served, didNotServe), "case_measures.feedbackSaved")) {
            feedbackFor = null;
        }
    }

    public Long getFeedbackFor() {
        return feedbackFor;
    }

    public String getServed() {
        return served;
    }

    public void setServed(String served) {
        this.served = served;
    }

    public String getDidNotServe() {
        return didNotServe;
    }

    public void setDidNotServe(String didNotServe) {
        this.didNotServe = didNotServe;
    }

    public void withdrawConsent(long proposalId) {
        attempt(() -> placements.withdrawConsent(proposalId), "case_measures.withdrawn");
    }

    private boolean attempt(Runnable action, String savedKey) {
        try {
            action.run();
            FacesMessages.info(savedKey);
            refresh();
            return true;
        } catch (NahbarException e) {
            FacesMessages.error(null, e.messageKey());
            return false;
        }
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
