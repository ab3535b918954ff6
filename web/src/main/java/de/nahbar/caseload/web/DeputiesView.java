package de.nahbar.caseload.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.caseload.service.ColleagueOption;
import de.nahbar.caseload.service.DeputyRow;
import de.nahbar.caseload.service.DeputyService;
import de.nahbar.shared.service.NahbarException;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.staff.web.CurrentUser;

/** caseload/deputies.xhtml: who covers whose caseload when. */
@Named
@ViewScoped
public class DeputiesView implements Serializable {

    @EJB
    private DeputyService service;

    @Inject
    private CurrentUser currentUser;

    private List<DeputyRow> arrangements;
    private List<ColleagueOption> colleagues;
    private String absent;
    private String deputy;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        arrangements = service.mine();
        colleagues = service.colleagues();
        absent = currentUser.getProfile().username();
    }

    public void appoint() {
        if (to.isBefore(from)) {
            FacesMessages.error("deputyForm:to", "validation.toBeforeFrom");
            return;
        }
        try {
            service.appoint(absent, deputy, from, to);
            FacesMessages.info("deputies.saved");
            arrangements = service.mine();
            deputy = null;
            from = null;
            to = null;
        } catch (NahbarException e) {
            FacesMessages.error(null, e.messageKey());
        }
    }

    public List<DeputyRow> getArrangements() {
        return arrangements;
    }

    public List<ColleagueOption> getColleagues() {
        return colleagues;
    }

    public String getAbsent() {
        return absent;
    }

    public void setAbsent(String absent) {
        this.absent = absent;
    }

    public String getDeputy() {
        return deputy;
    }

    public void setDeputy(String deputy) {
        this.deputy = deputy;
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
