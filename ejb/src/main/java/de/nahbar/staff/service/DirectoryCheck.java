package de.nahbar.staff.service;

import java.io.Serializable;

/**
 * What a comparison with the directory came to: directory logins checked, those deactivated
 * because the directory deleted or disabled their account, those it could not deactivate (no
 * team to queue their customers in), and whether the directory answered at all.
 */
public record DirectoryCheck(int checked, int deactivated, int left, boolean reachable) implements Serializable {}
