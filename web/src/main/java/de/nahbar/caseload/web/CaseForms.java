package de.nahbar.caseload.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.ContactChannel;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.domain.IntegrationProfile;
import de.nahbar.caseload.domain.MandateStatus;
import de.nahbar.caseload.domain.SupportMode;
import de.nahbar.caseload.service.CaseFile;
import de.nahbar.shared.domain.JobcenterTime;

/** The input of the case file's forms, bound by EL through the accessors below. */
public class CaseForms implements Serializable {

    String firstName;
    String lastName;
    LocalDate birthDate;
    String phone;
    String email;

    SupportMode supportMode;
    LocalDate supportModeOn;
    String supportModeReason;
    IntegrationProfile profile;

    MandateStatus mandateStatus;
    LocalDate mandateOn;
    String mandateGoals;

    AvailabilityReasonKind reasonKind;
    String reasonNote;
    LocalDate reasonFrom;
    LocalDate reasonTo;

    String noteText;
    Long correctingNoteId;
    String correctionText;

    FollowUpKind followUpKind = FollowUpKind.FOLLOW_UP;
    String followUpTitle;
    LocalDate followUpDue;

    ContactChannel contactChannel = ContactChannel.PHONE_IN;
    LocalDateTime contactAt;
    Integer contactMinutes;
    String contactTopic;
    String contactNote;

    String planGoal;
    String planCustomerSteps;
    String planJobcenterSteps;
    LocalDate planAgreedOn;
    LocalDate planReviewOn;

    boolean concurrentChange;

    void fillFrom(CaseFile.Summary summary) {
        firstName = summary.firstName();
        lastName = summary.lastName();
        birthDate = summary.birthDate();
        phone = summary.phone();
        email = summary.email();
        supportMode = summary.supportMode() == SupportMode.ACTIVE ? SupportMode.OBSERVING : SupportMode.ACTIVE;
        supportModeOn = JobcenterTime.today();
        profile = summary.profile();
        mandateStatus = summary.mandateStatus();
        mandateOn = summary.mandateOn() != null ? summary.mandateOn() : JobcenterTime.today();
        mandateGoals = summary.mandateGoals();
        if (contactAt == null) {
            contactAt = LocalDateTime.now(JobcenterTime.ZONE).withSecond(0).withNano(0);
        }
        if (reasonFrom == null) {
            reasonFrom = JobcenterTime.today();
        }
        if (planAgreedOn == null) {
            planAgreedOn = JobcenterTime.today();
        }
    }

    void clearReason() {
        reasonKind = null;
        reasonNote = null;
        reasonTo = null;
    }

    void clearContact() {
        contactAt = null;
        contactMinutes = null;
        contactTopic = null;
        contactNote = null;
    }

    void clearPlan() {
        planGoal = null;
        planCustomerSteps = null;
        planJobcenterSteps = null;
        planReviewOn = null;
    }

    // getters and setters for EL

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String v) {
        firstName = v;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String v) {
        lastName = v;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate v) {
        birthDate = v;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        phone = v;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        email = v;
    }

    public SupportMode getSupportMode() {
        return supportMode;
    }

    public void setSupportMode(SupportMode v) {
        supportMode = v;
    }

    public LocalDate getSupportModeOn() {
        return supportModeOn;
    }

    public void setSupportModeOn(LocalDate v) {
        supportModeOn = v;
    }

    public String getSupportModeReason() {
        return supportModeReason;
    }

    public void setSupportModeReason(String v) {
        supportModeReason = v;
    }

    public IntegrationProfile getProfile() {
        return profile;
    }

    public void setProfile(IntegrationProfile v) {
        profile = v;
    }

    public MandateStatus getMandateStatus() {
        return mandateStatus;
    }

    public void setMandateStatus(MandateStatus v) {
        mandateStatus = v;
    }

    public LocalDate getMandateOn() {
        return mandateOn;
    }

    public void setMandateOn(LocalDate v) {
        mandateOn = v;
    }

    public String getMandateGoals() {
        return mandateGoals;
    }

    public void setMandateGoals(String v) {
        mandateGoals = v;
    }

    public AvailabilityReasonKind getReasonKind() {
        return reasonKind;
    }

    public void setReasonKind(AvailabilityReasonKind v) {
        reasonKind = v;
    }

    public String getReasonNote() {
        return reasonNote;
    }

    public void setReasonNote(String v) {
        reasonNote = v;
    }

    public LocalDate getReasonFrom() {
        return reasonFrom;
    }

    public void setReasonFrom(LocalDate v) {
        reasonFrom = v;
    }

    public LocalDate getReasonTo() {
        return reasonTo;
    }

    public void setReasonTo(LocalDate v) {
        reasonTo = v;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String v) {
        noteText = v;
    }

    public Long getCorrectingNoteId() {
        return correctingNoteId;
    }

    public String getCorrectionText() {
        return correctionText;
    }

    public void setCorrectionText(String v) {
        correctionText = v;
    }

    public FollowUpKind getFollowUpKind() {
        return followUpKind;
    }

    public void setFollowUpKind(FollowUpKind v) {
        followUpKind = v;
    }

    public String getFollowUpTitle() {
        return followUpTitle;
    }

    public void setFollowUpTitle(String v) {
        followUpTitle = v;
    }

    public LocalDate getFollowUpDue() {
        return followUpDue;
    }

    public void setFollowUpDue(LocalDate v) {
        followUpDue = v;
    }

    public ContactChannel getContactChannel() {
        return contactChannel;
    }

    public void setContactChannel(ContactChannel v) {
        contactChannel = v;
    }

    public LocalDateTime getContactAt() {
        return contactAt;
    }

    public void setContactAt(LocalDateTime v) {
        contactAt = v;
    }

    public Integer getContactMinutes() {
        return contactMinutes;
    }

    public void setContactMinutes(Integer v) {
        contactMinutes = v;
    }

    public String getContactTopic() {
        return contactTopic;
    }

    public void setContactTopic(String v) {
        contactTopic = v;
    }

    public String getContactNote() {
        return contactNote;
    }

    public void setContactNote(String v) {
        contactNote = v;
    }

    public String getPlanGoal() {
        return planGoal;
    }

    public void setPlanGoal(String v) {
        planGoal = v;
    }

    public String getPlanCustomerSteps() {
        return planCustomerSteps;
    }

    public void setPlanCustomerSteps(String v) {
        planCustomerSteps = v;
    }

    public String getPlanJobcenterSteps() {
        return planJobcenterSteps;
    }

    public void setPlanJobcenterSteps(String v) {
        planJobcenterSteps = v;
    }

    public LocalDate getPlanAgreedOn() {
        return planAgreedOn;
    }

    public void setPlanAgreedOn(LocalDate v) {
        planAgreedOn = v;
    }

    public LocalDate getPlanReviewOn() {
        return planReviewOn;
    }

    public void setPlanReviewOn(LocalDate v) {
        planReviewOn = v;
    }

    public boolean isConcurrentChange() {
        return concurrentChange;
    }
}
