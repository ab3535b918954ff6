package de.nahbar.reach.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.reach.service.MySettings;
import de.nahbar.reach.service.ReachabilityService;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.ServiceCall;

/** reach/settings.xhtml: the caseworker's own decision what invitation letters publish. */
@Named
@ViewScoped
public class ReachabilitySettingsView implements Serializable {

    @EJB
    private ReachabilityService service;

    private MySettings settings;
    private String directDial;
    private boolean publishPhone;
    private boolean publishEmail;
    private String phoneHours;

    @PostConstruct
    void init() {
        show();
    }

    private void show() {
        settings = service.mine();
        directDial = settings.directDial();
        publishPhone = settings.publishPhone();
        publishEmail = settings.publishEmail();
        phoneHours = settings.phoneHours();
    }

    public void save() {
        FacesMessages.attempt(
                ServiceCall.of(() ->
                                service.decide(settings.version(), directDial, publishPhone, publishEmail, phoneHours))
                        .done("reach.saved")
                        .field("directDial", "settingsForm:directDial")
                        .field("publishEmail", "settingsForm:publishEmail"),
                this::show);
    }

    public MySettings getSettings() {
        return settings;
    }

    public String getDirectDial() {
        return directDial;
    }

    public void setDirectDial(String directDial) {
        this.directDial = directDial;
    }

    public boolean isPublishPhone() {
        return publishPhone;
    }

    public void setPublishPhone(boolean publishPhone) {
        this.publishPhone = publishPhone;
    }

    public boolean isPublishEmail() {
        return publishEmail;
    }

    public void setPublishEmail(boolean publishEmail) {
        this.publishEmail = publishEmail;
    }

    public String getPhoneHours() {
        return phoneHours;
    }

    public void setPhoneHours(String phoneHours) {
        this.phoneHours = phoneHours;
    }
}
