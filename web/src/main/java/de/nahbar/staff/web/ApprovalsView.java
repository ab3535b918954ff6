package de.nahbar.staff.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.shared.web.FacesMessages;
import de.nahbar.staff.service.Confirmation;
import de.nahbar.staff.service.PendingGrant;
import de.nahbar.staff.service.RoleGrantService;

/**
 * staff/approvals.xhtml: the roles asked for that the logged-in administrator or team lead may
 * confirm or refuse (the service decides which; never her own requests, never for herself).
 * A confirmation that made a start password shows it this once, to be handed over in person.
 */
@Named
@ViewScoped
public class ApprovalsView implements Serializable {

    @EJB
    private RoleGrantService grants;

    private List<PendingGrant> pending;
    private Confirmation confirmed;

    @PostConstruct
    void init() {
        pending = grants.decidable();
    }

    public void confirm(PendingGrant grant) {
        confirmed = null;
        FacesMessages.attempt(
                () -> confirmed = grants.confirm(grant.id(), grant.version()), "approvals.confirmed", this::init);
    }

    public void refuse(PendingGrant grant) {
        confirmed = null;
        FacesMessages.attempt(() -> grants.refuse(grant.id(), grant.version()), "approvals.refused", this::init);
    }

    public List<PendingGrant> getPending() {
        return pending;
    }

    /** The last confirmation of this page, with the start password if one was made. */
    public Confirmation getConfirmed() {
        return confirmed;
    }

    /** Shown once: the next request of the page no longer has it. */
    public void forgetStartPassword() {
        confirmed = null;
    }
}
