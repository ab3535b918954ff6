package de.nahbar.caseload.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.caseload.service.MyDay;
import de.nahbar.caseload.service.MyDayService;

/** caseload/today.xhtml: "Mein Tag". */
@Named
@ViewScoped
public class MyDayView implements Serializable {

    @EJB
    private MyDayService service;

    private MyDay day;

    @PostConstruct
    void init() {
        day = service.today();
    }

    public void markRead(long noticeId) {
        service.markNoticeRead(noticeId);
        day = service.today();
    }

    public MyDay getDay() {
        return day;
    }
}
