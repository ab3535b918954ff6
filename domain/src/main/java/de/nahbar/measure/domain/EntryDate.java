package de.nahbar.measure.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An entry date of a measure (Eintrittstermin) with its places. {@code taken} counts the
 * placements that hold a place; it changes only through one conditional statement in the
 * database ("taken + 1 where taken < places + allowance"), so concurrent reservations from any
 * number of sessions or cluster nodes can never overbook it. The entity never writes it.
 */
@Entity
@Table(name = "entry_date")
public class EntryDate {

    public static final int ALLOWANCE_MAX = 50;

    @Id
    @SequenceGenerator(name = "entry_date_seq", sequenceName = "entry_date_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entry_date_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false, updatable = false)
    private Measure measure;

    @Column(name = "entry_on", nullable = false, updatable = false)
    private LocalDate entryOn;

    @Column(name = "places", nullable = false)
    private int places;

    /** Places the coordinator explicitly allows beyond {@code places} (default none). */
    @Column(name = "allowance", nullable = false)
    private int allowance;

    @Column(name = "taken", nullable = false, insertable = false, updatable = false)
    private int taken;

    @Version
    private long version;

    protected EntryDate() {
        // for JPA
    }

    EntryDate(Measure measure, LocalDate entryOn, int places) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.entryOn = Objects.requireNonNull(entryOn, "entryOn");
        this.places = checkedPlaces(places, 0, 0);
    }

    /** Places and allowance; never below what is already taken. */
    public static int checkedPlaces(int places, int allowance, int taken) {
        if (places < 0) {
            throw new IllegalArgumentException("negative places: " + places);
        }
        if (allowance < 0 || allowance > ALLOWANCE_MAX) {
            throw new IllegalArgumentException("allowance between 0 and " + ALLOWANCE_MAX);
        }
        if (places + allowance < taken) {
            throw new IllegalArgumentException("fewer places than already taken: " + taken);
        }
        return places;
    }

    /** Free places from the given counts: what a list shows without loading the entity. */
    public static int free(int places, int allowance, int taken) {
        return Math.max(0, places + allowance - taken);
    }

    public int free() {
        return free(places, allowance, taken);
    }

    public Long getId() {
        return id;
    }

    public Measure getMeasure() {
        return measure;
    }

    public LocalDate getEntryOn() {
        return entryOn;
    }

    public int getPlaces() {
        return places;
    }

    public int getAllowance() {
        return allowance;
    }

    public int getTaken() {
        return taken;
    }

    public long getVersion() {
        return version;
    }
}
