package de.nahbar.reach.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import de.nahbar.audit.domain.AccessLogEntry;
import de.nahbar.audit.domain.AccessPurpose;
import de.nahbar.caseload.service.CaseloadScope;
import de.nahbar.caseload.service.CustomerSearch;
import de.nahbar.shared.domain.PhoneNumber;

/**
 * Who is calling: customers of the caller's own caseload and of the caseloads they deputise for
 * today, found by part of the name, the customer number or the phone number in any formatting.
 * Nobody else's customers are ever returned, whatever is typed.
 */
@Stateless
@RolesAllowed(CASEWORKER)
public class CallLookupService {

    /** A lookup box shows a handful; a longer list means: type more. */
    public static final int MATCHES_MAX = 10;

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    /** For the lookup box: words of the name in any order, customer number or phone number (from four digits). */
    public List<CallMatch> find(String typed) {
        if (typed == null || typed.strip().length() < 2) {
            return List.of(); // one letter finds half the caseload
        }
        return CustomerSearch.of(typed, "c", "q")
                .map(search -> matches(search.condition(), search.parameters()))
                .orElse(List.of());
    }

    /**
     * For the telephone system: the customers with exactly this number. Each one returned is
     * written to the access log, for the phone client will open their call card.
     */
    public List<CallMatch> byNumber(String number) {
        Optional<String> canonical = PhoneNumber.canonical(number);
        if (canonical.isEmpty()) {
            throw new IllegalArgumentException("not a phone number: " + number);
        }
        List<CallMatch> found = matches("c.phoneKey = :value", Map.of("value", canonical.get()));
        String me = context.getCallerPrincipal().getName();
        for (CallMatch match : found) {
            em.persist(new AccessLogEntry(
                    Instant.now(), me, match.customerNumber(), AccessPurpose.CALL_LOOKUP.name(), null));
        }
        return found;
    }

    private List<CallMatch> matches(String condition, Map<String, Object> values) {
        String me = context.getCallerPrincipal().getName();
        TypedQuery<Object[]> query = em.createQuery(
                        "select c.id, c.lastName, c.firstName, c.customerNumber, c.phone,"
                                + " cw.username, c.closedOn, c.householdNumber from Customer c join c.caseworker cw where "
                                + condition
                                + " and " + CaseloadScope.condition("cw.id")
                                + " order by c.lastName, c.firstName, c.id",
                        Object[].class)
                .setMaxResults(MATCHES_MAX);
        values.forEach(query::setParameter);
        CaseloadScope.parameters(me).forEach(query::setParameter);
        return query.getResultList().stream()
                .map(r -> new CallMatch(
                        (Long) r[0],
                        r[1] + ", " + r[2],
                        (String) r[3],
                        (String) r[4],
                        !me.equals(r[5]),
                        (LocalDate) r[6],
                        (String) r[7]))
                .toList();
    }
}
