package de.nahbar.measure.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.service.Addressee;
import de.nahbar.measure.service.FillRequestRow;
import de.nahbar.measure.service.FillRequestService;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.Formats;
import de.nahbar.shared.web.Messages;
import de.nahbar.shared.web.ServiceCall;

/**
 * The fill requests on "Meine Maßnahmen": asking a team or one caseworker for candidates for an
 * entry date of an own measure, the requests sent with their answers, and closing one.
 */
@Named
@ViewScoped
public class FillRequestsView implements Serializable {

    @EJB
    private FillRequestService fillRequestService;

    @Inject
    private MyMeasuresView myMeasures;

    @Inject
    private Formats formats;

    private List<FillRequestRow> fillRequests;
    private List<Addressee> teams;
    private List<Addressee> caseworkers;
    private Long fillEntryId;
    private Long fillTeamId;
    private Long fillCaseworkerId;
    private String fillMessage;

    @PostConstruct
    void init() {
        teams = fillRequestService.teams();
        caseworkers = fillRequestService.caseworkers();
        fillRequests = fillRequestService.fillRequests();
    }

    public void requestCandidates() {
        if ((fillTeamId == null) == (fillCaseworkerId == null)) {
            FacesMessages.error("fillForm:fillTeam", "measure_mine.teamOrColleague");
            return;
        }
        boolean sent = ServiceCall.of(() ->
                        fillRequestService.requestCandidates(fillEntryId, fillTeamId, fillCaseworkerId, fillMessage))
                .done("measure_mine.fillRequested")
                .run();
        if (sent) {
            fillEntryId = null;
            fillTeamId = null;
            fillCaseworkerId = null;
            fillMessage = null;
        }
        fillRequests = fillRequestService.fillRequests();
    }

    public void closeFillRequest(long id) {
        ServiceCall.of(() -> fillRequestService.closeFillRequest(id))
                .done("measure_mine.fillClosed")
                .run();
        fillRequests = fillRequestService.fillRequests();
    }

    /** Entry dates from today on of all own measures, for a fill request. */
    public List<EntryChoice> getFillEntries() {
        LocalDate today = JobcenterTime.today();
        return myMeasures.getMeasures().stream()
                .flatMap(m -> m.entries().stream()
                        .filter(e -> !e.entryOn().isBefore(today) || m.entryMode() == EntryMode.ROLLING)
                        .map(e -> new EntryChoice(
                                e.id(),
                                m.title() + " · " + formats.date(e.entryOn()) + " · " + e.free() + " "
                                        + Messages.get("measure.free"))))
                .toList();
    }

    /** An entry date to choose: its id and how the menu names it. */
    public record EntryChoice(long id, String label) implements Serializable {}

    public List<FillRequestRow> getFillRequests() {
        return fillRequests;
    }

    public List<Addressee> getTeams() {
        return teams;
    }

    public List<Addressee> getCaseworkers() {
        return caseworkers;
    }

    public Long getFillEntryId() {
        return fillEntryId;
    }

    public void setFillEntryId(Long fillEntryId) {
        this.fillEntryId = fillEntryId;
    }

    public Long getFillTeamId() {
        return fillTeamId;
    }

    public void setFillTeamId(Long fillTeamId) {
        this.fillTeamId = fillTeamId;
    }

    public Long getFillCaseworkerId() {
        return fillCaseworkerId;
    }

    public void setFillCaseworkerId(Long fillCaseworkerId) {
        this.fillCaseworkerId = fillCaseworkerId;
    }

    public String getFillMessage() {
        return fillMessage;
    }

    public void setFillMessage(String fillMessage) {
        this.fillMessage = fillMessage;
    }
}
