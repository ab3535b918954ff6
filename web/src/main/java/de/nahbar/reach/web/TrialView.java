package de.nahbar.reach.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import de.nahbar.reach.domain.CallTopic;
import de.nahbar.reach.domain.ReachabilityTrial;
import de.nahbar.reach.domain.TrialFigures;
import de.nahbar.reach.service.ReachabilityService;
import de.nahbar.reach.service.TrialDashboard;
import de.nahbar.reach.service.TrialService;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.Messages;

/**
 * reach/trial.xhtml: the caseworker's own reachability trial: start, extend, end, reflect, share,
 * and its figures as charts with tables beside them.
 */
@Named
@ViewScoped
public class TrialView implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    /** Chart colours with enough contrast on white, one per call topic in declared order. */
    private static final String[] COLOURS = {"#1f5f8b", "#8b1f1f", "#6b4c00", "#2e6b2e", "#5a3d7a", "#555555"};

    @EJB
    private TrialService service;

    @EJB
    private ReachabilityService settings;

    private TrialDashboard dashboard;
    private int months = ReachabilityTrial.DEFAULT_MONTHS;
    private LocalDate newEnd;
    private String reflection;

    @PostConstruct
    void init() {
        show();
    }

    private void show() {
        dashboard = service.mine();
        TrialDashboard.Trial trial = dashboard.trial();
        reflection = trial == null ? null : trial.reflection();
        newEnd = trial == null ? null : trial.plannedEndOn().plusMonths(1);
    }

    public void start() {
        if (settings.mine().directDial() == null) {
            FacesMessages.error("startForm:months", "trial.dialNeeded");
            return;
        }
        FacesMessages.attempt(() -> service.start(months), "trial.started", this::show);
    }

    public void extend() {
        FacesMessages.attempt(() -> service.extend(dashboard.trial().version(), newEnd), "trial.extended", this::show);
    }

    public void end() {
        FacesMessages.attempt(() -> service.end(dashboard.trial().version(), reflection), "trial.ended", this::show);
    }

    public void saveReflection() {
        FacesMessages.attempt(
                () -> service.reflect(dashboard.trial().version(), reflection), "trial.reflectionSaved", this::show);
    }

    public void toggleShare() {
        boolean share = !dashboard.trial().shareFigures();
        FacesMessages.attempt(
                () -> service.share(dashboard.trial().version(), share),
                share ? "trial.sharing" : "trial.notSharing",
                this::show);
    }

    /** Chart.js configuration: calls per working day, week by week. */
    public String getWeeksChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder perDay = Json.createArrayBuilder();
        for (TrialFigures.Week week : dashboard.figures().weeks()) {
            labels.add(week(week));
            perDay.add(Math.round(week.callsPerWorkingDay() * 10) / 10.0);
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", Messages.get("trial.callsPerDay"))
                                                        .add("data", perDay)
                                                        .add("borderColor", COLOURS[0])
                                                        .add("backgroundColor", COLOURS[0]))))
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
                                                                .add("beginAtZero", true))))
                .build()
                .toString();
    }

    /** Chart.js configuration: the calls of each month by topic, stacked. */
    public String getTopicsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (TrialFigures.Month month : dashboard.figures().months()) {
            labels.add(month(month));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (CallTopic topic : CallTopic.values()) {
            JsonArrayBuilder counts = Json.createArrayBuilder();
            dashboard.figures().months().forEach(m -> counts.add(m.count(topic)));
            String colour = COLOURS[topic.ordinal() % COLOURS.length];
            datasets.add(Json.createObjectBuilder()
                    .add("label", Messages.get("CallTopic." + topic.name()))
                    .add("data", counts)
                    .add("backgroundColor", colour)
                    .add("borderColor", colour));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add("x", stacked)
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true)
                                                                .add("beginAtZero", true))))
                .build()
                .toString();
    }

    public String week(TrialFigures.Week week) {
        return Messages.get("trial.weekOf", DAY.format(week.monday()));
    }

    public String month(TrialFigures.Month month) {
        return MONTH.format(month.month());
    }

    /** The month's share of "not my responsibility" in per cent; null in a month without calls. */
    public Double notResponsibleShare(TrialFigures.Month month) {
        return month.percent(CallTopic.NOT_RESPONSIBLE);
    }

    public CallTopic[] getTopics() {
        return CallTopic.values();
    }

    public int getMaxMonths() {
        return ReachabilityTrial.MAX_MONTHS;
    }

    public TrialDashboard getDashboard() {
        return dashboard;
    }

    public int getMonths() {
        return months;
    }

    public void setMonths(int months) {
        this.months = months;
    }

    public LocalDate getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(LocalDate newEnd) {
        this.newEnd = newEnd;
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }
}
