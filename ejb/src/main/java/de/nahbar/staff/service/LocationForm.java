package de.nahbar.staff.service;

import java.io.Serializable;

/** What an administrator enters for a location. */
public record LocationForm(String name, String street, String postalCode, String city) implements Serializable {}
