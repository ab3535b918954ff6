package de.nahbar.caseload.service;

import de.nahbar.shared.service.NahbarException;

/** A login with customers is not deactivated: they are handed over first. */
public class CustomersStillAssignedException extends NahbarException {

    private final long customers;

    public CustomersStillAssignedException(long customers) {
        super(customers + " customers still assigned");
        this.customers = customers;
    }

    public long customers() {
        return customers;
    }

    @Override
    public String messageKey() {
        return "admin_member.customersAssigned";
    }
}
