package de.nahbar.staff.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.NotFound;
import de.nahbar.shared.web.ServiceCall;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.service.MemberDetail;
import de.nahbar.staff.service.PendingGrant;
import de.nahbar.staff.service.RoleGrantService;
import de.nahbar.staff.service.StaffAdministrationService;

/**
 * admin/member.xhtml: one login for an administrator: its roles (taken away at once), roles to
 * ask for (they take effect when a second person confirms them), requests still open, deactivating
 * and reactivating the login, and what happened to it with who did it and who confirmed it.
 */
@Named
@ViewScoped
public class MemberView implements Serializable {

    @EJB
    private StaffAdministrationService administration;

    @EJB
    private RoleGrantService grants;

    private Long id;
    private MemberDetail member;
    private Role roleToRequest;
    /** The login still has customers: the page offers to put them into the team's queue. */
    private boolean offerQueue;

    public void load() throws IOException {
        if (member != null) {
            return;
        }
        member = NotFound.loadOr404(id, administration::detail);
    }

    private void reload() {
        member = administration.detail(member.id()).orElse(null);
        roleToRequest = null;
    }

    public void request() {
        if (roleToRequest == null) {
            FacesMessages.error("requestForm:role", "admin_member.chooseRole");
            return;
        }
        Role role = roleToRequest;
        FacesMessages.attempt(() -> grants.request(member.id(), role), "admin_member.requested", this::reload);
    }

    public void revoke(Role role) {
        FacesMessages.attempt(() -> grants.revoke(member.id(), role), "admin_member.revoked", this::reload);
    }

    public void withdraw(PendingGrant grant) {
        FacesMessages.attempt(
                () -> grants.withdraw(grant.id(), grant.version()), "admin_member.withdrawn", this::reload);
    }

    public void deactivate() {
        FacesMessages.attempt(
                ServiceCall.of(() -> administration.deactivate(member.id(), member.version()))
                        .done("admin_member.deactivated")
                        .onRefused("admin_member.customersAssigned", () -> offerQueue = true),
                this::reload);
    }

    /** Deactivates the login and puts its customers into the queue of its team, for the team lead to assign. */
    public void deactivateQueuingCustomers() {
        offerQueue = !FacesMessages.attempt(
                ServiceCall.of(() -> administration.deactivateQueuingCustomers(member.id(), member.version()))
                        .done("admin_member.deactivatedQueued"),
                this::reload);
    }

    public boolean isOfferQueue() {
        return offerQueue && member.active();
    }

    public void reactivate() {
        FacesMessages.attempt(
                () -> administration.reactivate(member.id(), member.version()),
                "admin_member.reactivated",
                this::reload);
    }

    /** The roles neither held nor asked for already. */
    public List<Role> getRequestable() {
        Set<Role> roles = EnumSet.allOf(Role.class);
        roles.removeAll(member.roles());
        member.pending().forEach(g -> roles.remove(g.role()));
        return List.copyOf(roles);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MemberDetail getMember() {
        return member;
    }

    public Role getRoleToRequest() {
        return roleToRequest;
    }

    public void setRoleToRequest(Role roleToRequest) {
        this.roleToRequest = roleToRequest;
    }
}
