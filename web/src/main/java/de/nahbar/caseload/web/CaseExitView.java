package de.nahbar.caseload.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.caseload.domain.ExitReason;
import de.nahbar.caseload.service.CaseExitService;
import de.nahbar.caseload.service.CaseFile;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.ServiceCall;

/**
 * The exit in the case file (Abmeldung): the caseworker opens the form, which says what will
 * happen, names the day and the reason, and confirms. The case is then read-only.
 */
@Named
@ViewScoped
public class CaseExitView implements Serializable {

    private static final String FORM = "exitForm:";

    @EJB
    private CaseExitService exits;

    @Inject
    private CaseFileView caseFile;

    private boolean open;
    private LocalDate closedOn;
    private ExitReason exitReason;

    public void start() {
        open = true;
        closedOn = JobcenterTime.today();
        exitReason = null;
    }

    public void cancel() {
        open = false;
    }

    /** Closes the case and shows it again, now read-only, with the message at the top. */
    public String close() {
        CaseFile.Summary customer = caseFile.getFile().summary();
        boolean done = ServiceCall.of(() -> exits.close(customer.id(), customer.version(), closedOn, exitReason))
                .field("closedOn", FORM + "closedOn")
                .field("exitReason", FORM + "exitReason")
                .run();
        if (!done) {
            return null;
        }
        FacesMessages.info("caseExit.done", customer.displayName());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/case/file?faces-redirect=true&id=" + customer.id();
    }

    public ExitReason[] getReasons() {
        return ExitReason.values();
    }

    public boolean isOpen() {
        return open;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public void setExitReason(ExitReason exitReason) {
        this.exitReason = exitReason;
    }
}
