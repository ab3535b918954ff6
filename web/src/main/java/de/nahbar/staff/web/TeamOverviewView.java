package de.nahbar.staff.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.staff.service.TeamOverview;
import de.nahbar.staff.service.TeamOverviewService;

/** team/overview.xhtml: the team lead's own team. */
@Named
@ViewScoped
public class TeamOverviewView implements Serializable {

    @EJB
    private TeamOverviewService teams;

    private TeamOverview overview;

    @PostConstruct
    void init() {
        overview = teams.myTeam();
    }

    public TeamOverview getOverview() {
        return overview;
    }
}
