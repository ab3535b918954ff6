package de.nahbar.caseload.service;

/** The columns the caseload list sorts by, always in the database. */
public enum CaseloadSort {
    NAME("c.lastName %1$s, c.firstName %1$s, c.id"),
    CUSTOMER_NUMBER("c.customerNumber %1$s"),
    AGE("c.birthDate %2$s, c.id"),
    LAST_CONTACT("c.lastContactAt %1$s %3$s, c.id"),
    NEXT_DUE("c.nextDueOn %1$s nulls last, c.id");

    private final String orderBy;

    CaseloadSort(String orderBy) {
        this.orderBy = orderBy;
    }

    /**
     * The JPQL order-by clause. Age sorts by birth date the other way round; customers never
     * contacted count as the longest without contact.
     */
    String orderBy(boolean ascending) {
        return orderBy.formatted(
                ascending ? "asc" : "desc", ascending ? "desc" : "asc", ascending ? "nulls first" : "nulls last");
    }
}
