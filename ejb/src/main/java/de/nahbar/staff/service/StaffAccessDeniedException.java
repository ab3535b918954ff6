package de.nahbar.staff.service;

import de.nahbar.shared.service.AccessRefusedException;

/** The caller may not do this to this login (not of the team, the caller's own grant), or it does not exist. */
public class StaffAccessDeniedException extends AccessRefusedException {

    public StaffAccessDeniedException(String caller, String what) {
        super(caller, what);
    }
}
