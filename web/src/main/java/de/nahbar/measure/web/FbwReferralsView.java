package de.nahbar.measure.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.measure.domain.FbwStatus;
import de.nahbar.measure.service.FbwEntry;
import de.nahbar.measure.service.FbwService;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.ServiceCall;

/**
 * Further vocational training (FbW) on the case file's "Maßnahmen" tab: the referrals to the
 * Agentur für Arbeit, the form for a new one, and the step being recorded. Shown only to those
 * who work the case; {@link FbwService} checks every call again.
 */
@Named
@ViewScoped
public class FbwReferralsView implements Serializable {

    @EJB
    private FbwService fbwService;

    private Long customerId;

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
        if (attempt(ServiceCall.of(() -> fbwService.refer(customerId, fbwGoal, fbwOn))
                .done("case_measures.fbwReferred")
                .field("referredOn", "tabs:fbwForm:fbwOn"))) {
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

    /** f:viewAction after the case file opened: loads the referrals for those who work the case. */
    public void load(Long id, boolean writable) {
        if (id != null && writable && !id.equals(customerId)) {
            customerId = id;
            fbw = fbwService.ofCase(id);
        }
    }

    private boolean attempt(Runnable action, String savedKey) {
        return attempt(ServiceCall.of(action).done(savedKey));
    }

    private boolean attempt(ServiceCall call) {
        boolean done = call.run();
        if (done) {
            fbw = fbwService.ofCase(customerId);
        }
        return done;
    }
}
