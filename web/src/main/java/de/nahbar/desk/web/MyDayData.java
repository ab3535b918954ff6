package de.nahbar.desk.web;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;

import de.nahbar.caseload.service.MyDay;
import de.nahbar.caseload.service.MyDayService;
import de.nahbar.measure.service.FillRequestService;
import de.nahbar.measure.service.OpenFillRequest;

/**
 * What "Mein Tag" shows, loaded once per request: the page's view-scoped bean keeps only what
 * was typed, so that the rows do not stay in the session for every Mein Tag a person opened
 * (four pages' worth are kept for the back button).
 */
@RequestScoped
public class MyDayData {

    @EJB
    private MyDayService service;

    @EJB
    private FillRequestService fillRequestService;

    private MyDay day;
    private List<OpenFillRequest> fillRequests;

    public MyDay day() {
        if (day == null) {
            day = service.today();
        }
        return day;
    }

    public List<OpenFillRequest> fillRequests() {
        if (fillRequests == null) {
            fillRequests = fillRequestService.openForMe();
        }
        return fillRequests;
    }

    /** After a change: the next read loads afresh. */
    public void reload() {
        day = null;
        fillRequests = null;
    }
}
