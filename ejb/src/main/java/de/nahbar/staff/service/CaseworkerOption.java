package de.nahbar.staff.service;

/** A caseworker to choose in a form: the login and how the list names them (name and team). */
public record CaseworkerOption(String username, String label) {}
