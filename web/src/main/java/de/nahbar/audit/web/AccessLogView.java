package de.nahbar.audit.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.audit.service.AccessLogFilter;
import de.nahbar.audit.service.AccessLogQueries;
import de.nahbar.audit.service.AccessLogRow;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.PagedModel;

/** audit/access-log.xhtml: the auditor searches who accessed which case when. */
@Named
@ViewScoped
public class AccessLogView implements Serializable {

    @EJB
    private AccessLogQueries queries;

    private String actor;
    private String caseRef;
    private LocalDate from;
    private LocalDate to;
    private AccessLogFilter filter = AccessLogFilter.none();
    private PagedModel<AccessLogRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(
                () -> queries.count(filter),
                (first, size, sortField, ascending) -> queries.search(filter, first, size),
                AccessLogRow::id);
    }

    /** Applies the entered filter; dates in the wrong order are refused next to the field. */
    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            FacesMessages.error("logForm:to", "audit_log.error.toBeforeFrom");
            return;
        }
        filter = new AccessLogFilter(actor, caseRef, from, to);
    }

    public PagedModel<AccessLogRow> getModel() {
        return model;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getCaseRef() {
        return caseRef;
    }

    public void setCaseRef(String caseRef) {
        this.caseRef = caseRef;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
