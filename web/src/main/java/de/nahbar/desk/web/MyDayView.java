package de.nahbar.desk.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.service.MyDay;
import de.nahbar.caseload.service.MyDayService;
import de.nahbar.measure.service.FillRequestService;
import de.nahbar.measure.service.OpenFillRequest;
import de.nahbar.reach.service.CallService;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.ServiceCall;

/** caseload/today.xhtml: "Mein Tag"; keeps what was typed, the rows come from {@link MyDayData} per request. */
@Named
@ViewScoped
public class MyDayView implements Serializable {

    @EJB
    private MyDayService service;

    @EJB
    private FillRequestService fillRequestService;

    @Inject
    private MyDayData data;

    @EJB
    private CallService calls;

    /** Per open callback: the note typed when it was made. */
    private final Map<Long, String> doneNotes = new HashMap<>();
    /** Per fill request: the customer number typed to propose. */
    private final Map<Long, String> proposedNumber = new HashMap<>();

    public void proposeFor(long fillRequestId) {
        String number = proposedNumber.get(fillRequestId);
        if (number == null || !Customer.isValidNumber(number.strip().toUpperCase(Locale.GERMAN))) {
            FacesMessages.error(null, "validation.customerNumber");
            return;
        }
        answer(() -> fillRequestService.propose(fillRequestId, number), "caseload_today.fillProposed");
    }

    public void nobodySuitable(long fillRequestId) {
        answer(() -> fillRequestService.answerNobodySuitable(fillRequestId), "caseload_today.fillNobody");
    }

    private void answer(Runnable action, String savedKey) {
        if (ServiceCall.of(action).done(savedKey).run()) {
            data.reload();
        }
    }

    /** The promised call was made: done with one click and an optional note. */
    public void completeCallback(MyDay.Item item) {
        String note = doneNotes.remove(item.followUpId());
        FacesMessages.attempt(
                () -> calls.completeCallback(item.followUpId(), item.version(), note),
                "card.callbackDone",
                data::reload);
    }

    public Map<Long, String> getDoneNotes() {
        return doneNotes;
    }

    public List<OpenFillRequest> getFillRequests() {
        return data.fillRequests();
    }

    public Map<Long, String> getProposedNumber() {
        return proposedNumber;
    }

    public void markRead(long noticeId) {
        service.markNoticeRead(noticeId);
        data.reload();
    }

    public MyDay getDay() {
        return data.day();
    }
}
