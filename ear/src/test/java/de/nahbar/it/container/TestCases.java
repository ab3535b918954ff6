package de.nahbar.it.container;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.domain.AvailabilityReason;
import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.Contact;
import de.nahbar.caseload.domain.ContactChannel;
import de.nahbar.caseload.domain.CounsellingNote;
import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.Deputy;
import de.nahbar.caseload.domain.FollowUp;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.domain.SupportMode;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.StaffMember;

/** Creates customers, case records and deputy periods for a test, bypassing the services' checks on purpose. */
@Stateless
@PermitAll
public class TestCases {

    @PersistenceContext
    private EntityManager em;

    public static String newCustomerNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%03dD%06d", random.nextInt(1000), random.nextInt(1_000_000));
    }

    public long newCustomer(String caseworker, String lastName, LocalDate birthDate) {
        Customer customer = new Customer(newCustomerNumber(), "Testkunde", lastName, birthDate, member(caseworker));
        em.persist(customer);
        em.flush();
        return customer.getId();
    }

    public void makeActive(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        em.persist(customer.changeSupportMode(SupportMode.ACTIVE, LocalDate.now(), "Test", "test"));
    }

    public void addReason(long customerId, AvailabilityReasonKind kind) {
        em.persist(new AvailabilityReason(
                em.find(Customer.class, customerId), kind, null, LocalDate.now().minusDays(10), null));
    }

    public void addContactsAndNotes(long customerId, int count) {
        Customer customer = em.find(Customer.class, customerId);
        for (int i = 0; i < count; i++) {
            Instant at = Instant.now().minus(i + 1L, ChronoUnit.DAYS);
            em.persist(new Contact(customer, ContactChannel.PHONE_IN, at, 10, "Gespräch " + i, null, "test"));
            em.persist(new CounsellingNote(customer, "Vermerk " + i, "test", at));
        }
    }

    /** Open follow-ups of the given kind, due {@code daysAgo} days before today: a backlog. */
    public void addOverdue(long customerId, FollowUpKind kind, int count, int daysAgo) {
        Customer customer = em.find(Customer.class, customerId);
        for (int i = 0; i < count; i++) {
            em.persist(new FollowUp(
                    customer, kind, "Rückstand " + i, JobcenterTime.today().minusDays(daysAgo), "test"));
        }
    }

    public void setLastContact(long customerId, Instant at) {
        em.createQuery("update Customer c set c.lastContactAt = :at where c.id = :id")
                .setParameter("at", at)
                .setParameter("id", customerId)
                .executeUpdate();
    }

    public void newDeputy(String absent, String deputy, LocalDate from, LocalDate to) {
        em.persist(new Deputy(member(absent), member(deputy), from, to, "test"));
    }

    /** Phone number as a caseworker typed it into the case file. */
    public void setPhone(long customerId, String phone) {
        Customer c = em.find(Customer.class, customerId);
        c.changeMasterData(c.getFirstName(), c.getLastName(), c.getBirthDate(), phone, c.getEmail());
    }

    public void setAddress(long customerId) {
        em.find(Customer.class, customerId).changeAddress("Lindenstraße 4", "06108", "Musterstadt");
    }

    /** Moves recorded time, which no service may do: positional parameters ?1, ?2, … */
    public int sql(String statement, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** The first column of the first row of a native query, as text. */
    public String sqlString(String statement, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        java.util.List<?> rows = query.getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
    }

    public String customerNumber(long customerId) {
        return em.find(Customer.class, customerId).getCustomerNumber();
    }

    public long accessLogEntries(String actor, long customerId) {
        return em.createQuery(
                        "select count(e) from AccessLogEntry e where e.actor = :actor and e.caseRef = :ref", Long.class)
                .setParameter("actor", actor)
                .setParameter("ref", customerNumber(customerId))
                .getSingleResult();
    }

    /** The handovers recorded for the customer, as "from → to: reason". */
    public java.util.List<String> reassignments(long customerId) {
        return em.createQuery(
                        "select concat(r.from.username, ' → ', r.to.username, ': ', r.reason) from Reassignment r"
                                + " where r.customer.id = :id order by r.id",
                        String.class)
                .setParameter("id", customerId)
                .getResultList();
    }

    public String caseworkerOf(long customerId) {
        return em.find(Customer.class, customerId).getCaseworker().getUsername();
    }

    private StaffMember member(String username) {
        return em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", username)
                .getSingleResult();
    }
}
