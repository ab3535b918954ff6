package de.nahbar.shared.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Jobcenter's letterhead on every letter nahbar makes, from the server configuration
 * (system properties {@code nahbar.letterhead.*}, e.g. set with the CLI
 * {@code /system-property=nahbar.letterhead.name:add(value="Jobcenter Musterstadt")}).
 */
public record Letterhead(String name, String street, String city, String phone, String email, String web) {

    public static Letterhead fromConfiguration() {
        return new Letterhead(
                property("name", "Jobcenter Musterstadt"),
                property("street", "Am Markt 1"),
                property("city", "12345 Musterstadt"),
                property("phone", "0345 1234-0"),
                property("email", "jobcenter-musterstadt@jobcenter-ge.example"),
                property("web", "www.jobcenter-musterstadt.example"));
    }

    /** The one line above the recipient's address that the window envelope shows (Rücksendeangabe). */
    public String returnLine() {
        return name + " · " + street + " · " + city;
    }

    /** The footer lines: address and ways to reach the Jobcenter. */
    public List<String> footer() {
        String reach = Stream.of("Telefon " + phone, email, web)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" · "));
        return List.of(name + " · " + street + " · " + city, reach);
    }

    private static String property(String key, String fallback) {
        String value = System.getProperty("nahbar.letterhead." + key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
