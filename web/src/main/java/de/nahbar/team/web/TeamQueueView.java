package de.nahbar.team.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.PagedModel;
import de.nahbar.shared.web.ServiceCall;
import de.nahbar.team.service.QueuedCustomer;
import de.nahbar.team.service.TeamQueueService;

/**
 * team/overview.xhtml, the queue of new customers: how many wait and since when, a page of them
 * (the longest-waiting first), and assigning those chosen to a caseworker of the team.
 */
@Named
@ViewScoped
public class TeamQueueView implements Serializable {

    private static final String FORM = "queueForm:";

    @EJB
    private TeamQueueService queue;

    @Inject
    private Event<TeamCaseloadsChanged> caseloadsChanged;

    private TeamQueueService.Summary summary;
    private PagedModel<QueuedCustomer> model;
    private List<QueuedCustomer> selected = new ArrayList<>();
    private String to;

    @PostConstruct
    void init() {
        summary = queue.summary();
        model = new PagedModel<>(
                () -> summary.waiting(), (first, size, sort, ascending) -> queue.page(first, size), QueuedCustomer::id);
    }

    public void assign() {
        if (selected == null || selected.isEmpty()) {
            FacesMessages.error(FORM + "queue", "team_queue.noneChosen");
            return;
        }
        List<Long> ids = selected.stream().map(QueuedCustomer::id).toList();
        int[] assigned = new int[1];
        boolean done = ServiceCall.of(() -> assigned[0] = queue.assign(ids, to))
                .field("caseworker", FORM + "to")
                .run();
        if (done) {
            FacesMessages.info("team_queue.assigned", assigned[0]);
            selected = new ArrayList<>();
            caseloadsChanged.fire(new TeamCaseloadsChanged());
        }
        summary = queue.summary();
    }

    /** Whole days a customer has waited: the queue's age as the team lead reads it. */
    public long daysWaiting(Instant since) {
        return since == null ? 0 : Duration.between(since, Instant.now()).toDays();
    }

    public TeamQueueService.Summary getSummary() {
        return summary;
    }

    public PagedModel<QueuedCustomer> getModel() {
        return model;
    }

    public List<QueuedCustomer> getSelected() {
        return selected;
    }

    public void setSelected(List<QueuedCustomer> selected) {
        this.selected = selected;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
