package de.nahbar.team.service;

import java.io.Serializable;
import java.util.List;

/** What the occupancy filter offers: providers, coordinators and teams that have measures. */
public record OccupancyChoices(List<Option> providers, List<Option> coordinators, List<String> teams)
        implements Serializable {

    public OccupancyChoices {
        providers = List.copyOf(providers);
        coordinators = List.copyOf(coordinators);
        teams = List.copyOf(teams);
    }

    /** A value with its label; providers by id, coordinators by user name. */
    public record Option(String value, String label) implements Serializable {}
}
