package de.nahbar.measure.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import de.nahbar.measure.service.MeasureCatalog;
import de.nahbar.measure.service.MeasureDetail;

/** measure/detail.xhtml: a measure's page with content, provider, contract and free places per entry date. */
@Named
@ViewScoped
public class MeasureView implements Serializable {

    @EJB
    private MeasureCatalog catalog;

    private Long id;
    private MeasureDetail measure;

    /** f:viewAction: loads the measure; an unknown or missing id is a German 404. */
    public void load() throws IOException {
        if (measure != null) {
            return;
        }
        measure = id == null ? null : catalog.detail(id).orElse(null);
        if (measure == null) {
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
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
