package de.nahbar.shared.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * When a timer of nahbar last ran to its end without error, by its name (the {@code info} of its
 * schedule). Operations graph the age of each and alert when one stays away: a nightly move of
 * customers that failed for days is otherwise noticed by nobody.
 */
@Entity
@Table(name = "timer_run")
public class TimerRun {

    public static final int NAME_MAX = 100;

    @Id
    @Column(name = "name", length = NAME_MAX)
    private String name;

    @Column(name = "last_success_at", nullable = false)
    private Instant lastSuccessAt;

    protected TimerRun() {
        // for JPA
    }

    public String getName() {
        return name;
    }

    public Instant getLastSuccessAt() {
        return lastSuccessAt;
    }
}
