package de.nahbar.provider.web;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.provider.domain.ObservationTone;
import de.nahbar.provider.service.ObservationForm;
import de.nahbar.provider.service.ProviderRelationsService;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.NahbarException;
import de.nahbar.shared.web.FacesMessages;

/** Case file, Maßnahmen tab: an observation about the provider's care from one participation of the customer. */
@Named
@ViewScoped
public class ParticipationObservationView implements Serializable {

    @EJB
    private ProviderRelationsService relations;

    private Long placementId;
    private ObservationTone tone;
    private String text;

    public void start(long placement) {
        placementId = placement;
        tone = null;
        text = null;
    }

    public void save() {
        try {
            relations.recordObservation(
                    new ObservationForm(null, null, placementId, tone, JobcenterTime.today(), text));
            FacesMessages.info("provider.observationSaved");
            placementId = null;
        } catch (NahbarException e) {
            FacesMessages.error(null, e.messageKey());
        }
    }

    public void cancel() {
        placementId = null;
    }

    public ObservationTone[] getTones() {
        return ObservationTone.values();
    }

    public Long getPlacementId() {
        return placementId;
    }

    public ObservationTone getTone() {
        return tone;
    }

    public void setTone(ObservationTone tone) {
        this.tone = tone;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
