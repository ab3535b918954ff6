package de.nahbar.caseload.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.ContactChannel;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.domain.IntegrationProfile;
import de.nahbar.caseload.domain.MandateStatus;
import de.nahbar.caseload.domain.SupportMode;

/** The values the case forms and filters offer, in their declared order ("#{caseChoices.supportModes}"). */
@Named
@ApplicationScoped
public class CaseChoices {

    public SupportMode[] getSupportModes() {
        return SupportMode.values();
    }

    public MandateStatus[] getMandateStatuses() {
        return MandateStatus.values();
    }

    public AvailabilityReasonKind[] getReasonKinds() {
        return AvailabilityReasonKind.values();
    }

    public IntegrationProfile[] getProfiles() {
        return IntegrationProfile.values();
    }

    public FollowUpKind[] getFollowUpKinds() {
        return FollowUpKind.values();
    }

    public ContactChannel[] getContactChannels() {
        return ContactChannel.values();
    }
}
