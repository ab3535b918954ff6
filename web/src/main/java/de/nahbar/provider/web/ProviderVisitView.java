package de.nahbar.provider.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.provider.service.ProviderRelationsService;
import de.nahbar.provider.service.VisitForm;
import de.nahbar.provider.web.ProviderPageView.Editing;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.web.ServiceCall;

/**
 * The visit form of a provider's page: when, impressions, agreements, next steps with an
 * optional follow-up, whom the visitors met and which measures they saw. The visit's own rules
 * (not in the future, a follow-up needs next steps and lies ahead) are shown at their fields.
 */
@Named
@ViewScoped
public class ProviderVisitView implements Serializable {

    @EJB
    private ProviderRelationsService relations;

    @Inject
    private ProviderPageView providerPage;

    private LocalDate visitedOn;
    private String impressions;
    private String agreements;
    private String nextSteps;
    private LocalDate followUpOn;
    private List<Long> metContacts = new ArrayList<>();
    private List<Long> visitedMeasures = new ArrayList<>();

    public void startVisit() {
        providerPage.open(Editing.VISIT);
        visitedOn = JobcenterTime.today();
        impressions = null;
        agreements = null;
        nextSteps = null;
        followUpOn = null;
        metContacts = new ArrayList<>();
        visitedMeasures = new ArrayList<>();
    }

    public void recordVisit() {
        VisitForm visit = new VisitForm(
                visitedOn, impressions, agreements, nextSteps, followUpOn, List.of(), metContacts, visitedMeasures);
        providerPage.run(ServiceCall.of(() -> relations.recordVisit(providerPage.getId(), visit))
                .done("provider.visitSaved")
                .field("visitedOn", "visitForm:visitedOn")
                .field("nextSteps", "visitForm:nextSteps")
                .field("followUpOn", "visitForm:followUpOn"));
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getImpressions() {
        return impressions;
    }

    public void setImpressions(String impressions) {
        this.impressions = impressions;
    }

    public String getAgreements() {
        return agreements;
    }

    public void setAgreements(String agreements) {
        this.agreements = agreements;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public List<Long> getMetContacts() {
        return metContacts;
    }

    public void setMetContacts(List<Long> metContacts) {
        this.metContacts = metContacts;
    }

    public List<Long> getVisitedMeasures() {
        return visitedMeasures;
    }

    public void setVisitedMeasures(List<Long> visitedMeasures) {
        this.visitedMeasures = visitedMeasures;
    }
}
