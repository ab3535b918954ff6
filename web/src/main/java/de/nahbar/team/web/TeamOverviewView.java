package de.nahbar.team.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.caseload.service.CaseFileService;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.staff.service.StaffRow;
import de.nahbar.staff.service.TeamOverview;
import de.nahbar.staff.service.TeamOverviewService;

/** team/overview.xhtml: the team lead's own team, ending a member's login wait, and opening a case of the team by customer number. */
@Named
@ViewScoped
public class TeamOverviewView implements Serializable {

    @EJB
    private TeamOverviewService teams;

    @EJB
    private CaseFileService files;

    private TeamOverview overview;
    private String customerNumber;

    @PostConstruct
    void init() {
        overview = teams.myTeam();
    }

    /** Goes to the case file, where the reason is asked for; unknown or foreign numbers get the same answer. */
    public String openCase() {
        return files.findId(customerNumber)
                .map(id -> "/case/file.xhtml?faces-redirect=true&id=" + id)
                .orElseGet(() -> {
                    FacesMessages.error("openCaseForm:customerNumber", "team_overview.caseNotFound");
                    return null;
                });
    }

    /** Ends the login waits of a member of the team; the service checks the member is of the caller's team. */
    public void release(StaffRow member) {
        FacesMessages.attempt(
                () -> teams.release(member.id()), "admin_staff.unlocked", () -> overview = teams.myTeam());
    }

    public TeamOverview getOverview() {
        return overview;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }
}
