package de.nahbar.caseload.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import de.nahbar.audit.domain.AccessLogEntry;
import de.nahbar.audit.domain.AccessPurpose;
import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.Reassignment;
import de.nahbar.shared.domain.PhoneNumber;
import de.nahbar.shared.domain.RuleBroken;
import de.nahbar.shared.service.ConcurrentChanges;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.service.Caller;

/**
 * A customer registered by hand, by a caseworker or the team lead of the receiving team: who
 * nahbar may already know under that number, name and birth date or phone is shown before
 * saving, and the case goes to a caseworker of the caller's own team. When the benefits file
 * later brings the same customer number, it joins this case instead of making a second one.
 */
@Stateless
@RolesAllowed({CASEWORKER, TEAM_LEAD})
@Interceptors(DomainRules.class)
public class CustomerRegistrationService {

    private static final int DUPLICATES_MAX = 10;

    /** The reason the first assignment of a customer registered by hand carries. */
    static final String REGISTERED = "Aufnahme bei Vorsprache";

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseReopening reopening;

    /** The caseworkers of the caller's team who can take the case, the caller first if one. */
    public List<ColleagueOption> caseworkers() {
        return caseworkersOfMyTeam(Caller.of(context, em)).stream()
                .map(m -> new ColleagueOption(m.getUsername(), m.getDisplayName()))
                .toList();
    }

    private List<StaffMember> caseworkersOfMyTeam(StaffMember me) {
        if (me.getTeam() == null) {
            return me.hasRole(Role.CASEWORKER) ? List.of(me) : List.of();
        }
        List<StaffMember> members = new ArrayList<>(em.createQuery(
                        "select m from StaffMember m join m.roles r where m.team = :team and r = :caseworker"
                                + " and m.active = true order by m.lastName, m.firstName",
                        StaffMember.class)
                .setParameter("team", me.getTeam())
                .setParameter("caseworker", Role.CASEWORKER)
                .getResultList());
        if (members.remove(me)) {
            members.add(0, me);
        }
        return members;
    }

    /**
     * Who nahbar already knows under the same number, the same name and birth date, or the same
     * phone. The search spans the whole Jobcenter, so every match shown is written to the access
     * log: the caller saw that this person is a customer, and whose.
     */
    public List<PossibleDuplicate> possibleDuplicates(@NotNull Registration registration) {
        Map<String, PossibleDuplicate> found = new LinkedHashMap<>();
        String number = upper(registration.customerNumber());
        if (Customer.isValidNumber(number)) {
            add(found, PossibleDuplicate.Match.CUSTOMER_NUMBER, "c.customerNumber = :value", number);
        }
        found.putAll(sameNameOrPhone(registration, found));
        String me = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        found.keySet()
                .forEach(customerNumber -> em.persist(
                        new AccessLogEntry(now, me, customerNumber, AccessPurpose.DUPLICATE_CHECK.name(), null)));
        return List.copyOf(found.values());
    }

    /** Those with the same name and birth date or the same phone, beyond those {@code known} already. */
    private Map<String, PossibleDuplicate> sameNameOrPhone(
            Registration registration, Map<String, PossibleDuplicate> known) {
        Map<String, PossibleDuplicate> found = new LinkedHashMap<>(known);
        if (registration.lastName() != null && registration.firstName() != null && registration.birthDate() != null) {
            List<Customer> same = em.createQuery(
                            "select c from Customer c left join fetch c.caseworker left join fetch c.queueTeam"
                                    + " where lower(c.lastName) = :last"
                                    + " and lower(c.firstName) = :first and c.birthDate = :born order by c.id",
                            Customer.class)
                    .setParameter("last", registration.lastName().strip().toLowerCase(Locale.GERMAN))
                    .setParameter("first", registration.firstName().strip().toLowerCase(Locale.GERMAN))
                    .setParameter("born", registration.birthDate())
                    .setMaxResults(DUPLICATES_MAX)
                    .getResultList();
            same.forEach(c -> found.putIfAbsent(
                    c.getCustomerNumber(), duplicate(c, PossibleDuplicate.Match.NAME_AND_BIRTH_DATE)));
        }
        Optional<String> phone = PhoneNumber.canonical(registration.phone());
        phone.ifPresent(key -> add(found, PossibleDuplicate.Match.PHONE, "c.phoneKey = :value", key));
        found.keySet().removeAll(known.keySet());
        return found;
    }

    /**
     * Creates the case; returns the customer's id. A number nahbar knows already is refused at
     * its field; so is the registration when nahbar knows a possible duplicate the caller has not
     * been shown ({@code duplicatesSeen}: the customer numbers {@link #possibleDuplicates} showed),
     * for someone may have registered the same person since.
     */
    public long register(@NotNull Registration registration, @NotNull Set<String> duplicatesSeen) {
        StaffMember me = Caller.of(context, em);
        String number = upper(registration.customerNumber());
        if (!Customer.isValidNumber(number)) {
            throw new RuleBroken("customerNumber", "registration.numberFormat");
        }
        Optional<Customer> known = byNumber(number);
        if (known.isPresent()) {
            throw new RuleBroken(
                    "customerNumber",
                    known.get().isClosed() ? "registration.numberClosed" : "registration.numberTaken");
        }
        StaffMember caseworker = caseworkerOfMyTeam(me, registration.caseworker());
        Customer customer = new Customer(
                number, registration.firstName(), registration.lastName(), registration.birthDate(), caseworker);
        customer.changeMasterData(
                registration.firstName(),
                registration.lastName(),
                registration.birthDate(),
                registration.phone(),
                registration.email());
        customer.changeAddress(registration.street(), registration.postalCode(), registration.city());
        customer.joinHousehold(registration.householdNumber());
        customer.registered(me.getUsername(), Instant.now());
        // last, so that a wrong field is named before the duplicates are; the number is known to be new
        if (!duplicatesSeen.containsAll(sameNameOrPhone(registration, Map.of()).keySet())) {
            throw new RuleBroken("lastName", "registration.duplicatesUnseen");
        }
        em.persist(customer);
        em.persist(customer.arrived(REGISTERED, null, me.getUsername(), customer.getRegisteredAt()));
        em.flush();
        return customer.getId();
    }

    /**
     * A customer whose case closed comes back under the same number (Wiederaufnahme): the same
     * case opens again with its history, for a caseworker of the caller's team; a handover to
     * someone new is recorded like every other. Returns the customer's id.
     */
    public long reenter(@NotNull String customerNumber, @NotNull String caseworkerUsername) {
        StaffMember me = Caller.of(context, em);
        Customer customer = byNumber(upper(customerNumber))
                .filter(Customer::isClosed)
                .orElseThrow(() -> new RuleBroken("customerNumber", "registration.notClosed"));
        StaffMember caseworker = caseworkerOfMyTeam(me, caseworkerUsername);
        reopening.reopen(customer, me.getUsername());
        if (customer.isQueued() || !customer.getCaseworker().getId().equals(caseworker.getId())) {
            em.persist(customer.handTo(
                    caseworker,
                    Reassignment.Kind.REENTRY,
                    CaseReopening.REENTRY,
                    null,
                    me.getUsername(),
                    Instant.now()));
        }
        ConcurrentChanges.flush(em, "customer " + customer.getId());
        return customer.getId();
    }

    private Optional<Customer> byNumber(String number) {
        return em.createNamedQuery(Customer.FIND_BY_NUMBER, Customer.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    private StaffMember caseworkerOfMyTeam(StaffMember me, String username) {
        if (username == null || username.isBlank()) {
            throw new RuleBroken("caseworker", "validation.required");
        }
        return caseworkersOfMyTeam(me).stream()
                .filter(member -> member.getUsername().equals(username))
                .findFirst()
                .orElseThrow(() -> new RuleBroken("caseworker", "registration.caseworkerNotInTeam"));
    }

    private void add(
            Map<String, PossibleDuplicate> found, PossibleDuplicate.Match match, String condition, String value) {
        em.createQuery(
                        "select c from Customer c left join fetch c.caseworker left join fetch c.queueTeam where "
                                + condition + " order by c.id",
                        Customer.class)
                .setParameter("value", value)
                .setMaxResults(DUPLICATES_MAX)
                .getResultStream()
                .forEach(c -> found.putIfAbsent(c.getCustomerNumber(), duplicate(c, match)));
    }

    private static PossibleDuplicate duplicate(Customer c, PossibleDuplicate.Match match) {
        return new PossibleDuplicate(
                c.getCustomerNumber(),
                c.getLastName() + ", " + c.getFirstName(),
                c.getBirthDate(),
                c.isQueued() ? null : c.getCaseworker().getDisplayName(),
                c.isQueued() ? c.responsibleTeam().getName() : null,
                match,
                c.getClosedOn());
    }

    private static String upper(String number) {
        return number == null ? null : number.strip().toUpperCase(Locale.ROOT);
    }
}
