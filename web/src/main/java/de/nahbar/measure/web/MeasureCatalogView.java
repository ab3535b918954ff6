package de.nahbar.measure.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.TargetGroup;
import de.nahbar.measure.service.MeasureCatalogQueries;
import de.nahbar.measure.service.MeasureFilter;
import de.nahbar.measure.service.MeasureRow;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.web.PagedModel;

/** measure/catalogue.xhtml: the measure catalogue, searched, counted and paged in the database. */
@Named
@ViewScoped
public class MeasureCatalogView implements Serializable {

    @EJB
    private MeasureCatalogQueries catalog;

    private String text;
    private LegalBasis legalBasis;
    private TargetGroup targetGroup;
    private String location;
    private String provider;
    private LocalDate freeFrom;

    private MeasureFilter filter = MeasureFilter.NONE;
    private PagedModel<MeasureRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(
                () -> catalog.count(filter),
                (first, size, sortField, ascending) -> catalog.page(filter, first, size),
                MeasureRow::id);
    }

    public void apply() {
        filter = new MeasureFilter(text, legalBasis, targetGroup, location, provider, freeFrom);
    }

    public void reset() {
        text = null;
        legalBasis = null;
        targetGroup = null;
        location = null;
        provider = null;
        freeFrom = null;
        apply();
    }

    /** The date the free places count from: the chosen one, or today. */
    public LocalDate getFreeCountedFrom() {
        return filter.freeFrom() == null ? JobcenterTime.today() : filter.freeFrom();
    }

    public PagedModel<MeasureRow> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(LegalBasis legalBasis) {
        this.legalBasis = legalBasis;
    }

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(TargetGroup targetGroup) {
        this.targetGroup = targetGroup;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public LocalDate getFreeFrom() {
        return freeFrom;
    }

    public void setFreeFrom(LocalDate freeFrom) {
        this.freeFrom = freeFrom;
    }
}
