package de.nahbar.measure.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import de.nahbar.staff.domain.StaffMember;

/**
 * A measure the Jobcenter bought or runs (Maßnahme): what it offers, under which legal basis,
 * with which provider, how many places the contract pays for, and who fills them. Its entry
 * dates carry the places ({@link EntryDate}).
 */
@Entity
@Cacheable
@Table(name = "measure")
@NamedQuery(name = Measure.FIND_BY_NUMBER, query = "select m from Measure m where m.number = :number")
@NamedQuery(name = Measure.COUNT_ALL, query = "select count(m) from Measure m")
public class Measure {

    public static final String FIND_BY_NUMBER = "Measure.findByNumber";
    public static final String COUNT_ALL = "Measure.countAll";

    /** Reservations are held this many working days unless the coordinator sets another deadline. */
    public static final int DEFAULT_HOLD_WORKING_DAYS = 5;

    public static final int HOLD_WORKING_DAYS_MAX = 30;

    @Id
    @SequenceGenerator(name = "measure_seq", sequenceName = "measure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_seq")
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = MeasureTerms.NUMBER_MAX)
    private String number;

    @Column(name = "title", nullable = false, length = MeasureTerms.TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false, length = 16)
    private LegalBasis legalBasis;

    @Column(name = "content", nullable = false, length = MeasureTerms.CONTENT_MAX)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false, length = 32)
    private TargetGroup targetGroup;

    @Column(name = "location", nullable = false, length = MeasureTerms.LOCATION_MAX)
    private String location;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private Provider provider;

    @Column(name = "contract_number", length = MeasureTerms.CONTRACT_MAX)
    private String contractNumber;

    @Column(name = "lot", length = MeasureTerms.LOT_MAX)
    private String lot;

    /** Places the contract pays for whether they are filled or not. */
    @Column(name = "min_occupancy", nullable = false)
    private int minOccupancy;

    @Column(name = "max_places", nullable = false)
    private int maxPlaces;

    @Column(name = "price_per_place_month", nullable = false, precision = 9, scale = 2)
    private BigDecimal pricePerPlaceMonth;

    @Column(name = "duration_weeks", nullable = false)
    private int durationWeeks;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_mode", nullable = false, length = 16)
    private EntryMode entryMode;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private MeasureStatus status = MeasureStatus.PLANNED;

    @Column(name = "hold_working_days", nullable = false)
    private int holdWorkingDays = DEFAULT_HOLD_WORKING_DAYS;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "measure_coordinator",
            joinColumns = @JoinColumn(name = "measure_id"),
            inverseJoinColumns = @JoinColumn(name = "staff_member_id"))
    private Set<StaffMember> coordinators = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_coordinator_id")
    private StaffMember deputyCoordinator;

    @Version
    private long version;

    protected Measure() {
        // for JPA
    }

    public Measure(MeasureTerms terms, Provider provider) {
        this.number = terms.number();
        changeTerms(terms, provider);
    }

    /** Everything but the number, which identifies the measure in the procurement list. */
    public final void changeTerms(MeasureTerms terms, Provider newProvider) {
        if (!terms.number().equals(number)) {
            throw new IllegalArgumentException("the number of a measure never changes");
        }
        this.provider = Objects.requireNonNull(newProvider, "provider");
        this.title = terms.title();
        this.legalBasis = terms.legalBasis();
        this.content = terms.content();
        this.targetGroup = terms.targetGroup();
        this.location = terms.location();
        this.contractNumber = terms.contractNumber();
        this.lot = terms.lot();
        this.minOccupancy = terms.minOccupancy();
        this.maxPlaces = terms.maxPlaces();
        this.pricePerPlaceMonth = terms.pricePerPlaceMonth();
        this.durationWeeks = terms.durationWeeks();
        this.entryMode = terms.entryMode();
        this.startsOn = terms.startsOn();
        this.endsOn = terms.endsOn();
    }

    public MeasureTerms terms() {
        return new MeasureTerms(
                number,
                title,
                legalBasis,
                content,
                targetGroup,
                location,
                contractNumber,
                lot,
                minOccupancy,
                maxPlaces,
                pricePerPlaceMonth,
                durationWeeks,
                entryMode,
                startsOn,
                endsOn);
    }

    /** A new entry date with its places; it must lie in the measure's period, and the measure must not have ended. */
    public EntryDate addEntryDate(LocalDate entryOn, int places) {
        Objects.requireNonNull(entryOn, "entryOn");
        if (status == MeasureStatus.ENDED) {
            throw new IllegalStateException("measure " + number + " has ended");
        }
        if (entryOn.isBefore(startsOn) || entryOn.isAfter(endsOn)) {
            throw new IllegalArgumentException("entry date outside the measure's period: " + entryOn);
        }
        if (places > maxPlaces) {
            throw new IllegalArgumentException("more places on one entry date than the measure's maximum");
        }
        return new EntryDate(this, entryOn, places);
    }

    public void changeStatus(MeasureStatus newStatus) {
        this.status = Objects.requireNonNull(newStatus, "status");
    }

    public void changeHoldWorkingDays(int days) {
        if (days < 1 || days > HOLD_WORKING_DAYS_MAX) {
            throw new IllegalArgumentException("hold between 1 and " + HOLD_WORKING_DAYS_MAX + " working days");
        }
        this.holdWorkingDays = days;
    }

    public void addCoordinator(StaffMember coordinator) {
        coordinators.add(Objects.requireNonNull(coordinator, "coordinator"));
    }

    public void nameDeputyCoordinator(StaffMember deputy) {
        this.deputyCoordinator = deputy;
    }

    /** Whether this member of staff coordinates the measure or deputises for its coordinators. */
    public boolean isCoordinatedBy(String username) {
        return coordinators.stream().anyMatch(c -> c.getUsername().equals(username))
                || deputyCoordinator != null && deputyCoordinator.getUsername().equals(username);
    }

    /** Whether a place of this measure can be reserved now: not ended. */
    public boolean acceptsReservations() {
        return status != MeasureStatus.ENDED;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public String getContent() {
        return content;
    }

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public String getLocation() {
        return location;
    }

    public Provider getProvider() {
        return provider;
    }

    public int getMinOccupancy() {
        return minOccupancy;
    }

    public int getMaxPlaces() {
        return maxPlaces;
    }

    public BigDecimal getPricePerPlaceMonth() {
        return pricePerPlaceMonth;
    }

    public EntryMode getEntryMode() {
        return entryMode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public int getHoldWorkingDays() {
        return holdWorkingDays;
    }

    public Set<StaffMember> getCoordinators() {
        return Set.copyOf(coordinators);
    }

    public StaffMember getDeputyCoordinator() {
        return deputyCoordinator;
    }

    public long getVersion() {
        return version;
    }
}
