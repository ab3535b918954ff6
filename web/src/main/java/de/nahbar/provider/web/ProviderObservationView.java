package de.nahbar.provider.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.provider.domain.ObservationTone;
import de.nahbar.provider.service.ObservationForm;
import de.nahbar.provider.service.ProviderRelationsService;
import de.nahbar.provider.web.ProviderPageView.Editing;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.web.ServiceCall;

/**
 * The observation form of a provider's page: praise, a neutral note or a concern, on a day,
 * about the provider or one of its measures.
 */
@Named
@ViewScoped
public class ProviderObservationView implements Serializable {

    @EJB
    private ProviderRelationsService relations;

    @Inject
    private ProviderPageView providerPage;

    private ObservationTone tone;
    private LocalDate observedOn;
    private Long observedMeasure;
    private String observation;

    public void startObservation() {
        providerPage.open(Editing.OBSERVATION);
        tone = null;
        observedOn = JobcenterTime.today();
        observedMeasure = null;
        observation = null;
    }

    public void recordObservation() {
        ObservationForm form =
                new ObservationForm(providerPage.getId(), observedMeasure, null, tone, observedOn, observation);
        providerPage.run(ServiceCall.of(() -> relations.recordObservation(form))
                .done("provider.observationSaved")
                .field("observedOn", "observationForm:observedOn"));
    }

    public ObservationTone getTone() {
        return tone;
    }

    public void setTone(ObservationTone tone) {
        this.tone = tone;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public void setObservedOn(LocalDate observedOn) {
        this.observedOn = observedOn;
    }

    public Long getObservedMeasure() {
        return observedMeasure;
    }

    public void setObservedMeasure(Long observedMeasure) {
        this.observedMeasure = observedMeasure;
    }

    public String getObservation() {
        return observation;
    }

    public void setObservation(String observation) {
        this.observation = observation;
    }
}
