package de.nahbar.staff.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.shared.web.ServiceCall;
import de.nahbar.staff.service.AssignmentRuleRow;
import de.nahbar.staff.service.AssignmentRuleService;
import de.nahbar.staff.service.CaseworkerOption;
import de.nahbar.staff.service.TeamRef;

/** admin/benefits.xhtml, first part: which team, and in it which caseworker, takes new customers. */
@Named
@ViewScoped
public class AssignmentRulesView implements Serializable {

    private static final String FORM = "ruleForm:";

    @EJB
    private AssignmentRuleService service;

    private List<AssignmentRuleRow> rules;
    private List<CaseworkerOption> caseworkers;
    private List<TeamRef> teams;
    private Long teamId;
    private String caseworker;
    private String letterFrom = "A";
    private String letterTo = "Z";
    private String postalPrefix;

    @PostConstruct
    void init() {
        caseworkers = service.caseworkers();
        teams = service.teams();
        rules = service.rules();
    }

    public void add() {
        boolean added = ServiceCall.of(() -> service.add(teamId, caseworker, letterFrom, letterTo, postalPrefix))
                .done("assignment.added")
                .field("team", FORM + "team")
                .field("caseworker", FORM + "caseworker")
                .field("letterFrom", FORM + "letterFrom")
                .field("letterTo", FORM + "letterTo")
                .field("postalPrefix", FORM + "postalPrefix")
                .run();
        if (added) {
            rules = service.rules();
            postalPrefix = null;
        }
    }

    public void end(AssignmentRuleRow rule) {
        ServiceCall.of(() -> service.end(rule.id())).done("assignment.ended").run();
        rules = service.rules();
    }

    public List<AssignmentRuleRow> getRules() {
        return rules;
    }

    public List<CaseworkerOption> getCaseworkers() {
        return caseworkers;
    }

    public List<TeamRef> getTeams() {
        return teams;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getCaseworker() {
        return caseworker;
    }

    public void setCaseworker(String caseworker) {
        this.caseworker = caseworker;
    }

    public String getLetterFrom() {
        return letterFrom;
    }

    public void setLetterFrom(String letterFrom) {
        this.letterFrom = letterFrom;
    }

    public String getLetterTo() {
        return letterTo;
    }

    public void setLetterTo(String letterTo) {
        this.letterTo = letterTo;
    }

    public String getPostalPrefix() {
        return postalPrefix;
    }

    public void setPostalPrefix(String postalPrefix) {
        this.postalPrefix = postalPrefix;
    }
}
