package de.nahbar.measure.domain;

public enum MeasureStatus {
    PLANNED,
    RUNNING,
    ENDED
}
