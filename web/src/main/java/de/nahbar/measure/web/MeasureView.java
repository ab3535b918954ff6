package de.nahbar.measure.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.measure.service.MeasureCatalogQueries;
import de.nahbar.measure.service.MeasureDetail;
import de.nahbar.shared.web.NotFound;

/** measure/detail.xhtml: a measure's page with content, provider, contract and free places per entry date. */
@Named
@ViewScoped
public class MeasureView implements Serializable {

    @EJB
    private MeasureCatalogQueries catalog;

    private Long id;
    private MeasureDetail measure;

    /** f:viewAction: loads the measure; an unknown or missing id is a German 404. */
    public void load() throws IOException {
        if (measure != null) {
            return;
        }
        measure = NotFound.loadOr404(id, catalog::detail);
    }

    public MeasureDetail getMeasure() {
        return measure;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
