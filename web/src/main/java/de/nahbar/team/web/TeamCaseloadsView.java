package de.nahbar.team.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.provider.service.OpenDeficiencyRow;
import de.nahbar.provider.service.ProviderDirectoryQueries;
import de.nahbar.reach.service.TrialAggregate;
import de.nahbar.reach.service.TrialService;
import de.nahbar.shared.service.NahbarException;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.Messages;
import de.nahbar.team.service.CaseworkerLoad;
import de.nahbar.team.service.ReassignmentRefusedException;
import de.nahbar.team.service.TeamCaseloadOverview;
import de.nahbar.team.service.TeamCaseloadService;

/**
 * The team lead's overviews on team/overview.xhtml: caseloads of the team against the legal key
 * (table and bar chart), handing customers over, and the providers' open deficiencies.
 */
@Named
@ViewScoped
public class TeamCaseloadsView implements Serializable {

    @EJB
    private TeamCaseloadService caseloads;

    @EJB
    private ProviderDirectoryQueries providers;

    @EJB
    private TrialService trials;

    private TeamCaseloadOverview overview;
    private TrialAggregate trialAggregate;
    private List<OpenDeficiencyRow> deficiencies;
    private String numbers;
    private String to;
    private String reason;

    @PostConstruct
    void init() {
        load();
        deficiencies = providers.openDeficiencies();
        trialAggregate = trials.teamAggregate();
    }

    /** The reachability trials of the team, pooled; nothing per person, nothing below three who share. */
    public TrialAggregate getTrialAggregate() {
        return trialAggregate;
    }

    private void load() {
        overview = caseloads.mine();
    }

    void refresh(@Observes(notifyObserver = Reception.IF_EXISTS) TeamCaseloadsChanged changed) {
        load();
    }

    /** Hands the customers whose numbers were entered (separated by spaces, commas or lines) to the chosen caseworker. */
    public void reassign() {
        List<String> entered = Arrays.stream(numbers.split("[\\s,;]+"))
                .filter(n -> !n.isBlank())
                .distinct()
                .toList();
        List<String> malformed =
                entered.stream().filter(n -> !Customer.isValidNumber(n)).toList();
        if (!malformed.isEmpty()) {
            FacesMessages.error("reassignForm:numbers", "team_caseloads.error.malformed", String.join(", ", malformed));
            return;
        }
        if (entered.size() > TeamCaseloadService.REASSIGN_MAX) {
            FacesMessages.error(
                    "reassignForm:numbers", "team_caseloads.error.tooMany", TeamCaseloadService.REASSIGN_MAX);
            return;
        }
        try {
            int moved = caseloads.reassign(entered, to, reason);
            FacesMessages.info("team_caseloads.reassigned", moved);
            numbers = null;
            reason = null;
            load();
        } catch (ReassignmentRefusedException e) {
            FacesMessages.error("reassignForm:numbers", e.messageKey(), String.join(", ", e.numbers()));
        } catch (NahbarException e) {
            FacesMessages.error("reassignForm:to", "team_caseloads.error.sameCaseworker");
        }
    }

    /** Chart.js configuration: the load under the legal key per caseworker, as a bar chart with the 100 % line. */
    public String getLoadChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder loads = Json.createArrayBuilder();
        JsonArrayBuilder full = Json.createArrayBuilder();
        for (CaseworkerLoad load : overview.caseworkers()) {
            labels.add(load.name());
            loads.add(load.loadPercent());
            full.add(100);
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", Messages.get("team_caseloads.load"))
                                                        .add("data", loads)
                                                        .add("backgroundColor", "#1f5f8b"))
                                                .add(Json.createObjectBuilder()
                                                        .add("type", "line")
                                                        .add("label", Messages.get("team_caseloads.fullPosition"))
                                                        .add("data", full)
                                                        .add("borderColor", "#8b1f1f")
                                                        .add("pointRadius", 0))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "title",
                                                                        Json.createObjectBuilder()
                                                                                .add("display", true)
                                                                                .add(
                                                                                        "text",
                                                                                        Messages.get(
                                                                                                "team_caseloads.loadAxis"))))))
                .build()
                .toString();
    }

    public TeamCaseloadOverview getOverview() {
        return overview;
    }

    public List<OpenDeficiencyRow> getDeficiencies() {
        return deficiencies;
    }

    public String getNumbers() {
        return numbers;
    }

    public void setNumbers(String numbers) {
        this.numbers = numbers;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
