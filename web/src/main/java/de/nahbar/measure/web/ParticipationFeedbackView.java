package de.nahbar.measure.web;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.measure.service.PlacementService;
import de.nahbar.shared.web.ServiceCall;

/**
 * The feedback form of one ended participation in the case file's measure history: what served
 * the customer, what did not. The history is read again once the feedback is saved.
 */
@Named
@ViewScoped
public class ParticipationFeedbackView implements Serializable {

    @EJB
    private PlacementService placements;

    @Inject
    private CaseMeasuresView caseMeasures;

    private Long feedbackFor;

    private String served;
    private String didNotServe;

    public void startFeedback(long placementId) {
        feedbackFor = placementId;
        served = null;
        didNotServe = null;
    }

    public void giveFeedback() {
        if (ServiceCall.of(() -> placements.giveFeedback(feedbackFor, served, didNotServe))
                .done("case_measures.feedbackSaved")
                .field("served", "tabs:measureHistory:served")
                .run()) {
            feedbackFor = null;
            caseMeasures.refresh();
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
}
