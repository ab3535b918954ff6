package de.nahbar.staff.service;

/**
 * A login was refused for a wrong password or while it had to wait (a CDI event, so that the
 * operations' count of failed logins per minute needs nothing of the staff context but this). It
 * names nobody: the count is of the Jobcenter as a whole.
 */
public record LoginFailed() {}
