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

/** admin/benefits.xhtml, first part: which caseworker takes new customers from the benefits file. */
@Named
@ViewScoped
public class AssignmentRulesView implements Serializable {

    private static final String FORM = "ruleForm:";

    @EJB
    private AssignmentRuleService service;

    private List<AssignmentRuleRow> rules;
    private List<CaseworkerOption> caseworkers;
    private String caseworker;
    private String letterFrom = "A";
    private String letterTo = "Z";
    private String postalPrefix;

    @PostConstruct
    void init() {
        caseworkers = service.caseworkers();
        rules = service.rules();
    }

    public void add() {
        boolean added = ServiceCall.of(() -> service.add(caseworker, letterFrom, letterTo, postalPrefix))
                .done("assignment.added")
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

    public void remove(AssignmentRuleRow rule) {
        ServiceCall.of(() -> service.remove(rule.id()))
                .done("assignment.removed")
                .run();
        rules = service.rules();
    }

    public List<AssignmentRuleRow> getRules() {
        return rules;
    }

    public List<CaseworkerOption> getCaseworkers() {
        return caseworkers;
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
