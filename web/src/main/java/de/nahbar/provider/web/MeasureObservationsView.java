package de.nahbar.provider.web;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.provider.service.MeasureObservation;
import de.nahbar.provider.service.MeasureObservationQueries;

/** WEB-INF/includes/measure-observations.xhtml: the provider relations' part of a measure's page. */
@Named
@ViewScoped
public class MeasureObservationsView implements Serializable {

    @EJB
    private MeasureObservationQueries queries;

    private Long measureId;
    private List<MeasureObservation> observations;

    /** The observations about the measure, read once per view however often the page asks. */
    public List<MeasureObservation> of(long measureId) {
        if (observations == null || this.measureId != measureId) {
            observations = queries.latest(measureId);
            this.measureId = measureId;
        }
        return observations;
    }
}
