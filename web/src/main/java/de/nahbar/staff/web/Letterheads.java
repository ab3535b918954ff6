package de.nahbar.staff.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;

import de.nahbar.shared.web.Letterhead;
import de.nahbar.staff.domain.Jobcenter;
import de.nahbar.staff.service.OrganisationService;

/**
 * The letterhead every letter and document prints: the Jobcenter's details as the administrators
 * keep them on the organisation page; until they have, the server configuration's.
 */
@RequestScoped
public class Letterheads {

    @EJB
    private OrganisationService organisation;

    public Letterhead current() {
        return organisation.jobcenter().map(Letterheads::of).orElseGet(Letterhead::fromConfiguration);
    }

    static Letterhead of(Jobcenter.Details jobcenter) {
        return new Letterhead(
                jobcenter.name(),
                jobcenter.street(),
                jobcenter.postalCode() + " " + jobcenter.city(),
                jobcenter.phone(),
                jobcenter.email(),
                jobcenter.web() == null ? "" : jobcenter.web());
    }
}
