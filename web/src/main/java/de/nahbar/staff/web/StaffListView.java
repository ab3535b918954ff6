package de.nahbar.staff.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.shared.service.NahbarException;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.PagedModel;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.service.DirectoryAccountsCheck;
import de.nahbar.staff.service.DirectoryCheck;
import de.nahbar.staff.service.DirectoryMode;
import de.nahbar.staff.service.NewLogin;
import de.nahbar.staff.service.StaffAdministrationService;
import de.nahbar.staff.service.StaffRow;
import de.nahbar.staff.service.TeamRef;
import de.nahbar.staff.service.UsernameTakenException;

/**
 * admin/staff.xhtml: all users with team, roles and a login that must wait, searchable, paged; ending a
 * wait; a new login, whose roles take effect when a second person confirms them (staff/approvals.xhtml).
 */
@Named
@ViewScoped
public class StaffListView implements Serializable {

    private static final String FORM = "newLoginForm:";

    @EJB
    private StaffAdministrationService administration;

    @EJB
    private DirectoryAccountsCheck directoryAccounts;

    private String search;
    private boolean heldOnly;
    private PagedModel<StaffRow> model;
    private boolean creating;
    private String username;
    private String firstName;
    private String lastName;
    private String email;
    private Long teamId;
    private List<Role> roles = new ArrayList<>();
    /** Loaded when the form opens: the menu's getter is read several times per request. */
    private List<TeamRef> teams = List.of();

    @PostConstruct
    void init() {
        model = new PagedModel<>(
                () -> administration.count(search, heldOnly),
                (first, size, sortField, ascending) -> administration.list(search, heldOnly, first, size),
                StaffRow::id);
    }

    public void unlock(StaffRow row) {
        FacesMessages.attempt(() -> administration.unlock(row.id()), "admin_staff.unlocked", () -> {});
    }

    /** Whether staff log in with their directory account (standalone-nahbar-directory.xml). */
    public boolean isDirectory() {
        return DirectoryMode.on();
    }

    /** Deactivates at once the logins whose directory account was deleted or disabled. */
    public void checkDirectory() {
        DirectoryCheck result = directoryAccounts.now();
        if (!result.reachable()) {
            FacesMessages.error(null, "admin_staff.directoryUnreachable");
        } else {
            FacesMessages.info("admin_staff.directoryChecked", result.checked(), result.deactivated());
        }
        if (result.left() > 0) {
            FacesMessages.error(null, "admin_staff.directoryLeft", result.left());
        }
    }

    public void startCreating() {
        creating = true;
        teams = administration.teams();
    }

    public void cancelCreating() {
        creating = false;
        clearForm();
    }

    /** The login is created; its roles await a second person's confirmation. */
    public void create() {
        if (roles.isEmpty()) {
            FacesMessages.error(FORM + "roles", "admin_staff.rolesRequired");
            return;
        }
        try {
            administration.create(new NewLogin(username, firstName, lastName, email, teamId, EnumSet.copyOf(roles)));
            FacesMessages.info("admin_staff.created", username);
            search = username;
            creating = false;
            clearForm();
        } catch (UsernameTakenException e) {
            FacesMessages.error(FORM + "username", e.messageKey());
        } catch (NahbarException e) {
            FacesMessages.error(null, e.messageKey());
        }
    }

    private void clearForm() {
        username = null;
        firstName = null;
        lastName = null;
        email = null;
        teamId = null;
        roles = new ArrayList<>();
    }

    public List<TeamRef> getTeams() {
        return teams;
    }

    public Set<Role> getAllRoles() {
        return EnumSet.allOf(Role.class);
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

    public boolean isHeldOnly() {
        return heldOnly;
    }

    public void setHeldOnly(boolean heldOnly) {
        this.heldOnly = heldOnly;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }
}
