package de.nahbar.measure.service;

import java.io.Serializable;

/** A measure to choose in a form: number and title. */
public record MeasureOption(long id, String number, String title) implements Serializable {

    /** "number · title", as the choice shows it. */
    public String label() {
        return number + " · " + title;
    }
}
