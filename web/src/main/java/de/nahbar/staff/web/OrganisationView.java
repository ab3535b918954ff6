package de.nahbar.staff.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.shared.web.ServiceCall;
import de.nahbar.staff.domain.Jobcenter;
import de.nahbar.staff.domain.TeamKind;
import de.nahbar.staff.service.JobcenterEdit;
import de.nahbar.staff.service.LocationForm;
import de.nahbar.staff.service.LocationRow;
import de.nahbar.staff.service.OrganisationService;
import de.nahbar.staff.service.TeamForm;
import de.nahbar.staff.service.TeamRow;

/**
 * admin/organisation.xhtml: the Jobcenter's details that every letter prints, its locations and
 * its teams with kind, location and who leads them. One form at a time is open for a new or a
 * changed location or team; the service's refusals show at their field.
 */
@Named
@ViewScoped
public class OrganisationView implements Serializable {

    private static final String JOBCENTER = "jobcenterForm:";
    private static final String LOCATION = "locationForm:";
    private static final String TEAM = "teamForm:";

    @EJB
    private OrganisationService organisation;

    /** The Jobcenter's details as saved, with their version; null before the first save. */
    private JobcenterEdit jobcenter;

    private String name;
    private String officeNumber;
    private String street;
    private String postalCode;
    private String city;
    private String phone;
    private String email;
    private String web;

    private List<LocationRow> locations;
    private LocationRow editedLocation;
    private boolean locationOpen;
    private String locationName;
    private String locationStreet;
    private String locationPostalCode;
    private String locationCity;

    private List<TeamRow> teams;
    private TeamRow editedTeam;
    private boolean teamOpen;
    private String teamName;
    private TeamKind teamKind;
    private Long teamLocationId;

    @PostConstruct
    void init() {
        loadJobcenter();
        reload();
    }

    private void loadJobcenter() {
        jobcenter = organisation.jobcenterToEdit().orElse(null);
        if (jobcenter != null) {
            Jobcenter.Details saved = jobcenter.details();
            name = saved.name();
            officeNumber = saved.officeNumber();
            street = saved.street();
            postalCode = saved.postalCode();
            city = saved.city();
            phone = saved.phone();
            email = saved.email();
            web = saved.web();
        }
    }

    private void reload() {
        locations = organisation.locations();
        teams = organisation.teams();
    }

    public void saveJobcenter() {
        Jobcenter.Details details =
                new Jobcenter.Details(name, officeNumber, street, postalCode, city, phone, email, web);
        boolean saved = ServiceCall.of(
                        () -> organisation.saveJobcenter(details, jobcenter == null ? null : jobcenter.version()))
                .done("organisation.jobcenterSaved")
                .field("name", JOBCENTER + "name")
                .field("street", JOBCENTER + "street")
                .field("postalCode", JOBCENTER + "postalCode")
                .field("city", JOBCENTER + "city")
                .field("phone", JOBCENTER + "phone")
                .field("email", JOBCENTER + "email")
                .onConcurrentChange(this::loadJobcenter)
                .run();
        if (saved) {
            loadJobcenter();
        }
    }

    public void newLocation() {
        open(null);
    }

    public void editLocation(LocationRow row) {
        open(row);
    }

    private void open(LocationRow row) {
        editedLocation = row;
        locationOpen = true;
        locationName = row == null ? null : row.name();
        locationStreet = row == null ? null : row.street();
        locationPostalCode = row == null ? null : row.postalCode();
        locationCity = row == null ? null : row.city();
    }

    public void saveLocation() {
        LocationForm form = new LocationForm(locationName, locationStreet, locationPostalCode, locationCity);
        LocationRow edited = editedLocation;
        boolean done = ServiceCall.of(() -> {
                    if (edited == null) {
                        organisation.createLocation(form);
                    } else {
                        organisation.changeLocation(edited.id(), edited.version(), form);
                    }
                })
                .done("organisation.locationSaved")
                .field("name", LOCATION + "locationName")
                .field("postalCode", LOCATION + "locationPostalCode")
                .onConcurrentChange(this::reload)
                .run();
        if (done) {
            locationOpen = false;
            reload();
        }
    }

    public void cancelLocation() {
        locationOpen = false;
    }

    public void newTeam() {
        openTeam(null);
    }

    public void editTeam(TeamRow row) {
        openTeam(row);
    }

    private void openTeam(TeamRow row) {
        editedTeam = row;
        teamOpen = true;
        teamName = row == null ? null : row.name();
        teamKind = row == null ? null : row.kind();
        teamLocationId = row == null ? null : row.locationId();
    }

    public void saveTeam() {
        TeamForm form = new TeamForm(teamName, teamKind, teamLocationId);
        TeamRow edited = editedTeam;
        boolean done = ServiceCall.of(() -> {
                    if (edited == null) {
                        organisation.createTeam(form);
                    } else {
                        organisation.changeTeam(edited.id(), edited.version(), form);
                    }
                })
                .done("organisation.teamSaved")
                .field("name", TEAM + "teamName")
                .field("kind", TEAM + "teamKind")
                .onConcurrentChange(this::reload)
                .run();
        if (done) {
            teamOpen = false;
            reload();
        }
    }

    public void cancelTeam() {
        teamOpen = false;
    }

    /** Letters still print the server configuration's head until the details are saved here. */
    public boolean isJobcenterMissing() {
        return jobcenter == null;
    }

    public TeamKind[] getTeamKinds() {
        return TeamKind.values();
    }

    public List<LocationRow> getLocations() {
        return locations;
    }

    public List<TeamRow> getTeams() {
        return teams;
    }

    public boolean isLocationOpen() {
        return locationOpen;
    }

    public boolean isTeamOpen() {
        return teamOpen;
    }

    public boolean isEditingLocation() {
        return editedLocation != null;
    }

    public boolean isEditingTeam() {
        return editedTeam != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOfficeNumber() {
        return officeNumber;
    }

    public void setOfficeNumber(String officeNumber) {
        this.officeNumber = officeNumber;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
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

    public String getWeb() {
        return web;
    }

    public void setWeb(String web) {
        this.web = web;
    }

    public String getLocationName() {
        return locationName;
    }

    public void setLocationName(String locationName) {
        this.locationName = locationName;
    }

    public String getLocationStreet() {
        return locationStreet;
    }

    public void setLocationStreet(String locationStreet) {
        this.locationStreet = locationStreet;
    }

    public String getLocationPostalCode() {
        return locationPostalCode;
    }

    public void setLocationPostalCode(String locationPostalCode) {
        this.locationPostalCode = locationPostalCode;
    }

    public String getLocationCity() {
        return locationCity;
    }

    public void setLocationCity(String locationCity) {
        this.locationCity = locationCity;
    }

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    public TeamKind getTeamKind() {
        return teamKind;
    }

    public void setTeamKind(TeamKind teamKind) {
        this.teamKind = teamKind;
    }

    public Long getTeamLocationId() {
        return teamLocationId;
    }

    public void setTeamLocationId(Long teamLocationId) {
        this.teamLocationId = teamLocationId;
    }
}
