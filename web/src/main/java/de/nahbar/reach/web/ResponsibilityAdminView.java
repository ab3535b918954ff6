package de.nahbar.reach.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.reach.service.ResponsibilityRow;
import de.nahbar.reach.service.ResponsibilityService;
import de.nahbar.shared.web.FacesMessages;

/** admin/responsibilities.xhtml: administrators keep the responsibility directory the call card refers to. */
@Named
@ViewScoped
public class ResponsibilityAdminView implements Serializable {

    @EJB
    private ResponsibilityService directory;

    private List<ResponsibilityRow> rows;
    private String search;

    /** The topic in the form: null id for a new one. */
    private Long id;

    private long version;
    private String topic;
    private String unit;
    private String phone;
    private String email;
    private String hours;
    private String note;

    @PostConstruct
    void init() {
        filter();
    }

    public void filter() {
        rows = directory.search(search);
    }

    public void edit(ResponsibilityRow row) {
        id = row.id();
        version = row.version();
        topic = row.topic();
        unit = row.unit();
        phone = row.phone();
        email = row.email();
        hours = row.hours();
        note = row.note();
    }

    public void clear() {
        id = null;
        version = 0;
        topic = null;
        unit = null;
        phone = null;
        email = null;
        hours = null;
        note = null;
    }

    public void save() {
        boolean taken = directory.search(null).stream()
                .anyMatch(r -> r.topic().equalsIgnoreCase(topic.strip())
                        && !Long.valueOf(r.id()).equals(id));
        if (taken) {
            FacesMessages.error("editForm:topic", "responsibility.exists");
            return;
        }
        if (FacesMessages.attempt(
                () -> directory.save(id, version, topic.strip(), unit, phone, email, hours, note),
                "responsibility.saved",
                this::filter)) {
            clear();
        }
    }

    public void remove(ResponsibilityRow row) {
        directory.remove(row.id());
        FacesMessages.info("responsibility.removed", row.topic());
        if (Long.valueOf(row.id()).equals(id)) {
            clear();
        }
        filter();
    }

    public List<ResponsibilityRow> getRows() {
        return rows;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getId() {
        return id;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
