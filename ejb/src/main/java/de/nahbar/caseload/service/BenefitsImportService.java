package de.nahbar.caseload.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import de.nahbar.caseload.domain.CaseExit;
import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.ImportRun;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.domain.RuleBroken;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.domain.AssignmentRule;
import de.nahbar.staff.domain.StaffMember;

/**
 * Applies the benefits side's file (docs/benefits-file.md): customers nahbar does not know yet
 * arrive and go to the caseworker the assignment rules name; known ones take the file's current
 * data; an exit closes the case through {@link CaseClosing}; a closed case the file lists again
 * without an exit opens again, assigned by today's rules. Rows equal to what nahbar holds change
 * nothing, so the same file twice changes nothing. Every run is recorded, refused rows with
 * their line and reason; with a refused row, {@link ImportRun.Mode#ALL_OR_NOTHING} applies none.
 */
@Stateless
@RolesAllowed(ADMIN)
@Interceptors(DomainRules.class)
public class BenefitsImportService {

    /** Who closes a case the file ends, in the case's history. */
    static final String BY_FILE = "Leistungsdatei";

    static final String REENTRY = CustomerRegistrationService.REENTRY;

    /** Rows applied between two flushes; the persistence context is cleared after each chunk. */
    private static final int CHUNK = 500;

    private enum Outcome {
        CREATED,
        CHANGED,
        UNCHANGED,
        CLOSED,
        REOPENED
    }

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CaseClosing closing;

    @EJB
    private ImportRuns runs;

    /** What a run did, for the page that started it. */
    public record Result(long runId, boolean applied, boolean seenBefore) {}

    public Result run(String fileName, byte[] content, @NotNull ImportRun.Kind kind, @NotNull ImportRun.Mode mode) {
        String me = context.getCallerPrincipal().getName();
        Instant started = Instant.now();
        String sha = sha256(content == null ? new byte[0] : content);
        boolean seenBefore = runs.appliedBefore(sha);
        BenefitsFile.Content file;
        try {
            file = BenefitsFile.read(content);
        } catch (BenefitsFile.Unreadable e) {
            List<ImportRun.Refusal> whole = List.of(new ImportRun.Refusal(0, null, e.key(), e.detail()));
            long id = runs.recordApart(new ImportRun(
                    me, started, fileName, sha, kind, mode, 0, false, new ImportRun.Counts(0, 0, 0, 0, 0, 0), whole));
            return new Result(id, false, seenBefore);
        }
        List<ImportRun.Refusal> refusals = new ArrayList<>(file.refusals());
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        long openBefore = em.createQuery("select count(c) from Customer c where c.closedOn is null", Long.class)
                .getSingleResult();
        int openListed = 0;
        LocalDate today = JobcenterTime.today();
        List<AssignmentRule> rules = rules();
        List<BenefitsFile.Row> rows = file.rows();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<BenefitsFile.Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, Customer> known = known(chunk);
            for (BenefitsFile.Row row : chunk) {
                Customer customer = known.get(row.customerNumber());
                if (customer != null && !customer.isClosed()) {
                    openListed++;
                }
                try {
                    counts.merge(apply(row, customer, rules, today, me), 1, Integer::sum);
                } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
                    if (customer != null) {
                        em.refresh(customer); // the row's half-made change goes, what was flushed stays
                    }
                    refusals.add(refusal(row, e));
                }
            }
            em.flush();
            em.clear();
            rules = rules();
        }
        boolean applied = refusals.isEmpty() || mode == ImportRun.Mode.GOOD_ROWS;
        int missing = kind == ImportRun.Kind.FULL ? (int) (openBefore - openListed) : 0;
        ImportRun.Counts done = new ImportRun.Counts(
                counts.getOrDefault(Outcome.CREATED, 0),
                counts.getOrDefault(Outcome.CHANGED, 0),
                counts.getOrDefault(Outcome.UNCHANGED, 0),
                counts.getOrDefault(Outcome.CLOSED, 0),
                counts.getOrDefault(Outcome.REOPENED, 0),
                missing);
        refusals.sort((a, b) -> Integer.compare(a.row(), b.row()));
        ImportRun run = new ImportRun(me, started, fileName, sha, kind, mode, file.total(), applied, done, refusals);
        if (!applied) {
            context.setRollbackOnly();
            return new Result(runs.recordApart(run), false, seenBefore);
        }
        em.persist(run);
        em.flush();
        return new Result(run.getId(), true, seenBefore);
    }

    private Outcome apply(
            BenefitsFile.Row row, Customer customer, List<AssignmentRule> rules, LocalDate today, String me) {
        if (customer == null) {
            if (row.exitOn() != null) {
                return Outcome.UNCHANGED; // left before nahbar knew them: nothing to keep
            }
            StaffMember caseworker = responsible(row, rules, today);
            Customer arriving =
                    new Customer(row.customerNumber(), row.firstName(), row.lastName(), row.birthDate(), caseworker);
            takeData(arriving, row);
            em.persist(arriving);
            return Outcome.CREATED;
        }
        if (customer.isClosed()) {
            if (row.exitOn() != null) {
                return Outcome.UNCHANGED; // a closed case stays as it was closed
            }
            takeData(customer, row);
            reopen(customer, responsible(row, rules, today), me);
            return Outcome.REOPENED;
        }
        String before = fingerprint(customer);
        takeData(customer, row);
        if (row.exitOn() != null) {
            closing.close(customer, row.exitOn(), row.exitReason(), BY_FILE);
            return Outcome.CLOSED;
        }
        return before.equals(fingerprint(customer)) ? Outcome.UNCHANGED : Outcome.CHANGED;
    }

    private static void takeData(Customer customer, BenefitsFile.Row row) {
        customer.changeMasterData(row.firstName(), row.lastName(), row.birthDate(), row.phone(), row.email());
        customer.changeAddress(row.street(), row.postalCode(), row.city());
        customer.joinHousehold(row.householdNumber());
        customer.benefitsSince(row.benefitsSince());
    }

    private void reopen(Customer customer, StaffMember caseworker, String me) {
        Instant now = Instant.now();
        customer.reopen();
        em.createQuery("select e from CaseExit e where e.customer = :customer and e.reopenedAt is null", CaseExit.class)
                .setParameter("customer", customer)
                .getResultList()
                .forEach(exit -> exit.reopened(me, now));
        if (!customer.getCaseworker().getId().equals(caseworker.getId())) {
            em.persist(customer.reassignTo(em.find(StaffMember.class, caseworker.getId()), REENTRY, me, now));
        }
    }

    private StaffMember responsible(BenefitsFile.Row row, List<AssignmentRule> rules, LocalDate today) {
        Optional<StaffMember> caseworker =
                AssignmentRule.responsible(rules, row.lastName(), row.postalCode(), row.birthDate(), today);
        return caseworker
                .map(c -> em.getReference(StaffMember.class, c.getId()))
                .orElseThrow(() -> new RuleBroken("caseworker", "benefits.noRule"));
    }

    private List<AssignmentRule> rules() {
        return em
                .createQuery(
                        "select r from AssignmentRule r join fetch r.caseworker c left join fetch c.team"
                                + " left join fetch c.roles order by r.id",
                        AssignmentRule.class)
                .getResultList()
                .stream()
                .distinct()
                .toList();
    }

    private Map<String, Customer> known(List<BenefitsFile.Row> chunk) {
        List<String> numbers =
                chunk.stream().map(BenefitsFile.Row::customerNumber).toList();
        return em.createQuery(
                        "select c from Customer c join fetch c.caseworker where c.customerNumber in :numbers",
                        Customer.class)
                .setParameter("numbers", numbers)
                .getResultStream()
                .collect(Collectors.toMap(Customer::getCustomerNumber, Function.identity()));
    }

    /** The file's fields as nahbar holds them, to tell a changed row from an equal one. */
    private static String fingerprint(Customer c) {
        return String.join(
                "\u0000",
                Objects.toString(c.getFirstName()),
                Objects.toString(c.getLastName()),
                Objects.toString(c.getBirthDate()),
                Objects.toString(c.getPhone()),
                Objects.toString(c.getEmail()),
                Objects.toString(c.getStreet()),
                Objects.toString(c.getPostalCode()),
                Objects.toString(c.getCity()),
                Objects.toString(c.getHouseholdNumber()),
                Objects.toString(c.getBenefitsSince()));
    }

    /** The domain's refusal in the file's terms: its own message where it has one, else by what it concerns. */
    private static ImportRun.Refusal refusal(BenefitsFile.Row row, RuntimeException e) {
        String key;
        String detail = null;
        if (e instanceof RuleBroken broken) {
            key = broken.messageKey();
            detail = broken.field();
        } else {
            String message = Objects.toString(e.getMessage(), "");
            if (message.startsWith("invalid phone")) {
                key = "benefits.phone";
            } else if (message.startsWith("invalid email")) {
                key = "benefits.email";
            } else if (message.startsWith("implausible birth date")) {
                key = "benefits.birthDate";
            } else if (message.contains("longer than")) {
                key = "benefits.tooLong";
                detail = message.substring(0, message.indexOf(' '));
            } else {
                key = "benefits.required";
                detail = message.split(" ")[0];
            }
        }
        return new ImportRun.Refusal(row.line(), row.customerNumber(), key, detail);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
