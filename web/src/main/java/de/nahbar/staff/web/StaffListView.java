package de.nahbar.staff.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.shared.web.PagedModel;
import de.nahbar.staff.service.StaffAdministration;
import de.nahbar.staff.service.StaffRow;

/** admin/staff.xhtml: all users with team and roles, searchable, paged. */
@Named
@ViewScoped
public class StaffListView implements Serializable {

    @EJB
    private StaffAdministration administration;

    private String search;
    private PagedModel<StaffRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> administration.count(search),
                (first, size, sortField, ascending) -> administration.list(search, first, size), StaffRow::id);
    }

    public PagedModel<StaffRow> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
