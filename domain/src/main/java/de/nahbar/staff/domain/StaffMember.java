package de.nahbar.staff.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.nahbar.shared.domain.Guard;

/**
 * A person working with nahbar: caseworker, measure coordinator, team lead, administrator or
 * auditor. The login name and the bcrypt hash of the password live here because nahbar has
 * its own user store; the server's security realm reads them (see the ear's CLI scripts).
 */
@Entity
@Cacheable
@Table(name = "staff_member")
@NamedQuery(
        name = StaffMember.FIND_BY_USERNAME,
        query =
                "select m from StaffMember m left join fetch m.team left join fetch m.roles where m.username = :username")
@NamedQuery(name = StaffMember.COUNT_ALL, query = "select count(m) from StaffMember m")
@NamedQuery(name = StaffMember.ID_BY_USERNAME, query = "select m.id from StaffMember m where m.username = :username")
public class StaffMember {

    public static final String FIND_BY_USERNAME = "StaffMember.findByUsername";
    public static final String COUNT_ALL = "StaffMember.countAll";
    /** The id of the member with {@code :username}, without loading them: whether a login exists. */
    public static final String ID_BY_USERNAME = "StaffMember.idByUsername";

    public static final int USERNAME_MAX = 64;
    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_HASH_MAX = 200;

    /** Login names: lower-case letters, digits, dot, hyphen, underscore; starting with a letter. */
    public static final Pattern USERNAME_PATTERN = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    @Id
    @SequenceGenerator(name = "staff_member_seq", sequenceName = "staff_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_member_seq")
    private Long id;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Column(name = "username", nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    /** None until a second person confirmed the login's first role (see RoleGrant): then a start password. */
    @Size(max = PASSWORD_HASH_MAX)
    @Column(name = "password_hash", length = PASSWORD_HASH_MAX)
    private String passwordHash;

    /** A start password, known to the one who handed it over: the login must choose its own before anything else. */
    @Column(name = "password_must_change", nullable = false)
    private boolean passwordMustChange;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** The login is a directory account: names, e-mail, team and roles are the directory's. */
    @Column(name = "directory", nullable = false)
    private boolean directory;

    /**
     * Counts what ends the login's open sessions: a role taken away, the login deactivated, a
     * new password. A session started at an older revision is ended at its next request.
     */
    @Column(name = "access_revision", nullable = false)
    private long accessRevision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    // lazy: a case file or caseload row loads caseworkers by the hundred and never needs their
    // roles; the lookup by username (the caller's own record) fetches them with the member
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_member_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected StaffMember() {
        // for JPA
    }

    /** A login with its own password (demo data, tests). */
    public StaffMember(String username, String firstName, String lastName, String passwordHash) {
        this(username, firstName, lastName);
        this.passwordHash = Guard.text(passwordHash, "passwordHash");
    }

    /** A login without a password and without roles: both come with the first confirmed role. */
    public StaffMember(String username, String firstName, String lastName) {
        String login = Guard.text(username, "username");
        if (!USERNAME_PATTERN.matcher(login).matches()) {
            throw new IllegalArgumentException("invalid username: " + login);
        }
        this.username = login;
        this.firstName = Guard.text(firstName, "firstName");
        this.lastName = Guard.text(lastName, "lastName");
    }

    /** A person's first login with the directory account: the record is made from what the directory says. */
    public static StaffMember fromDirectory(DirectoryAccount account, Team team) {
        StaffMember member = new StaffMember(account.username(), account.firstName(), account.lastName());
        member.directory = true;
        member.takeFromDirectory(account, team);
        return member;
    }

    /**
     * What the directory says at a login replaces names, e-mail and roles; the team too, when the
     * directory names one of nahbar's teams ({@code team} null: the team stays as it is). Roles
     * the directory no longer gives end the login's other sessions.
     */
    public void takeFromDirectory(DirectoryAccount account, Team team) {
        if (!directory) {
            throw new IllegalStateException(username + " is a local login");
        }
        firstName = account.firstName();
        lastName = account.lastName();
        changeEmail(account.email());
        if (team != null) {
            this.team = team;
        }
        if (!roles.equals(account.roles())) {
            if (!account.roles().containsAll(roles)) {
                accessRevision++;
            }
            roles.clear();
            roles.addAll(account.roles());
        }
    }

    /** Gives the role; for logins of staff this happens only through a confirmed {@link RoleGrant}. */
    public void grant(Role role) {
        roles.add(role);
    }

    /** Takes the role away at once; the login's open sessions end. Returns whether it held the role. */
    public boolean revoke(Role role) {
        boolean held = roles.remove(role);
        if (held) {
            accessRevision++;
        }
        return held;
    }

    /** A leaver: no login, no roles, open sessions end; the record stays (the access log names it). */
    public void deactivate() {
        if (!active) {
            throw new IllegalStateException(username + " is deactivated already");
        }
        active = false;
        roles.clear();
        accessRevision++;
    }

    /** Back again, without roles: each must be asked for and confirmed anew. */
    public void reactivate() {
        if (active) {
            throw new IllegalStateException(username + " is active");
        }
        active = true;
    }

    /** A start password handed over by a second person; the login must replace it at once. */
    public void startPassword(String hash) {
        passwordHash = Guard.text(hash, "hash");
        passwordMustChange = true;
        accessRevision++;
    }

    /** The login's own new password; its other sessions end. */
    public void changePassword(String hash) {
        passwordHash = Guard.text(hash, "hash");
        passwordMustChange = false;
        accessRevision++;
    }

    public void joinTeam(Team newTeam) {
        this.team = newTeam;
    }

    public void changeEmail(String newEmail) {
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    /** "Vorname Nachname", as staff address each other. */
    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isDirectory() {
        return directory;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPasswordMustChange() {
        return passwordMustChange;
    }

    public long getAccessRevision() {
        return accessRevision;
    }

    public long getVersion() {
        return version;
    }

    public Team getTeam() {
        return team;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
