package de.nahbar.caseload.service;

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
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.ImportRun;
import de.nahbar.caseload.domain.Reassignment;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.domain.RuleBroken;
import de.nahbar.staff.domain.Responsibility;
import de.nahbar.staff.service.ResponsibilityRules;

/**
 * Applies the benefits side's file (docs/benefits-file.md), in the caller's transaction and in
 * the name of {@code by}: customers nahbar does not know yet arrive with the caseworker or in the
 * team's queue the responsibility rules name; known ones take the file's current data, and move
 * to another team when theirs no longer covers them; an exit closes the case through
 * {@link CaseClosing}; a closed case the file lists again without an exit opens again, assigned
 * by today's rules. Rows equal to what nahbar holds change nothing, so the same file twice
 * changes nothing. Every run is recorded, refused rows with their line and reason; with a refused
 * row, {@link ImportRun.Mode#ALL_OR_NOTHING} applies none. No EJB of its own: the administrators'
 * and the integration's calls come through {@link BenefitsImportService}, the demo data directly.
 */
@ApplicationScoped
public class BenefitsImport {

    private static final Logger LOG = Logger.getLogger(BenefitsImportService.class.getName());

    /** Who closes a case the file ends, in the case's history. */
    static final String BY_FILE = "Leistungsdatei";

    /** Why a customer whose new data the team no longer covers moved, in the case's history. */
    static final String MOVED = "Zuständigkeit geändert (Leistungsdatei)";

    /** Rows applied between two flushes; the persistence context is cleared after each chunk. */
    private static final int CHUNK = 500;

    private enum Outcome {
        CREATED,
        CHANGED,
        UNCHANGED,
        CLOSED,
        REOPENED,
        MOVED
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @Inject
    private CaseClosing closing;

    @Inject
    private CaseReopening reopening;

    @Inject
    private CaseAssignment assignment;

    @Inject
    private ResponsibilityRules responsibility;

    @EJB
    private ImportRuns runs;

    /** What a run did, for the page or call that started it. */
    public record Result(long runId, boolean applied, boolean seenBefore) {}

    /** Reads and applies one file, CSV or JSON, reporting the rows done after every chunk under {@code token} (null: nobody asks). */
    public Result apply(
            String me, String token, String fileName, byte[] content, ImportRun.Kind kind, ImportRun.Mode mode) {
        Instant started = Instant.now();
        String sha = sha256(content == null ? new byte[0] : content);
        boolean seenBefore = appliedBefore(sha);
        BenefitsFile.Content file;
        try {
            file = BenefitsFile.read(content);
        } catch (BenefitsFile.Unreadable e) {
            List<ImportRun.Refusal> whole = List.of(new ImportRun.Refusal(0, null, e.key(), e.detail()));
            long id = runs.recordApart(
                    new ImportRun(me, started, fileName, sha, kind, mode, 0, false, ImportRun.Counts.NONE, whole));
            return new Result(id, false, seenBefore);
        }
        List<ImportRun.Refusal> refusals = new ArrayList<>(file.refusals());
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        long openBefore = em.createQuery("select count(c) from Customer c where c.closedOn is null", Long.class)
                .getSingleResult();
        int openListed = 0;
        LocalDate today = JobcenterTime.today();
        Responsibility rules = responsibility.current();
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
            if (token != null) {
                runs.advanced(token, Math.min(rows.size(), from + CHUNK), rows.size());
            }
        }
        boolean applied = refusals.isEmpty() || mode == ImportRun.Mode.GOOD_ROWS;
        int missing = kind == ImportRun.Kind.FULL ? (int) (openBefore - openListed) : 0;
        ImportRun.Counts done = new ImportRun.Counts(
                counts.getOrDefault(Outcome.CREATED, 0),
                counts.getOrDefault(Outcome.CHANGED, 0),
                counts.getOrDefault(Outcome.UNCHANGED, 0),
                counts.getOrDefault(Outcome.CLOSED, 0),
                counts.getOrDefault(Outcome.REOPENED, 0),
                counts.getOrDefault(Outcome.MOVED, 0),
                missing);
        refusals.sort((a, b) -> Integer.compare(a.row(), b.row()));
        ImportRun run = new ImportRun(me, started, fileName, sha, kind, mode, file.total(), applied, done, refusals);
        if (!applied) {
            transaction.setRollbackOnly();
            return new Result(runs.recordApart(run), false, seenBefore);
        }
        em.persist(run);
        em.flush();
        return new Result(run.getId(), true, seenBefore);
    }

    /** Whether a file with these contents was applied before (then this run changes nothing new). */
    boolean appliedBefore(String sha256) {
        return !em.createQuery(
                        "select r.id from ImportRun r where r.fileSha256 = :sha and r.applied = true", Long.class)
                .setParameter("sha", sha256)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private Outcome apply(BenefitsFile.Row row, Customer customer, Responsibility rules, LocalDate today, String me) {
        if (customer == null) {
            if (row.exitOn() != null) {
                return Outcome.UNCHANGED; // left before nahbar knew them: nothing to keep
            }
            assignment.arrive(
                    row.customerNumber(),
                    row.firstName(),
                    row.lastName(),
                    row.birthDate(),
                    decide(row, rules, today),
                    BY_FILE,
                    me,
                    arriving -> takeData(arriving, row));
            return Outcome.CREATED;
        }
        if (customer.isClosed()) {
            if (row.exitOn() != null) {
                return Outcome.UNCHANGED; // a closed case stays as it was closed
            }
            Responsibility.Decision decision = decide(row, rules, today); // refused before anything changes
            takeData(customer, row);
            reopening.reopen(customer, me);
            assignment.apply(customer, decision, Reassignment.Kind.REENTRY, CaseReopening.REENTRY, me);
            return Outcome.REOPENED;
        }
        String before = fingerprint(customer);
        takeData(customer, row);
        if (row.exitOn() != null) {
            closing.close(customer, row.exitOn(), row.exitReason(), BY_FILE);
            return Outcome.CLOSED;
        }
        if (before.equals(fingerprint(customer))) {
            return Outcome.UNCHANGED;
        }
        return assignment.moveIfOutgrown(customer, rules, today, MOVED, me) ? Outcome.MOVED : Outcome.CHANGED;
    }

    private static Responsibility.Decision decide(BenefitsFile.Row row, Responsibility rules, LocalDate today) {
        return CaseAssignment.decide(rules, row.lastName(), row.postalCode(), row.birthDate(), today);
    }

    private static void takeData(Customer customer, BenefitsFile.Row row) {
        customer.changeMasterData(row.firstName(), row.lastName(), row.birthDate(), row.phone(), row.email());
        customer.changeAddress(row.street(), row.postalCode(), row.city());
        customer.joinHousehold(row.householdNumber());
        customer.benefitsSince(row.benefitsSince());
    }

    private Map<String, Customer> known(List<BenefitsFile.Row> chunk) {
        List<String> numbers =
                chunk.stream().map(BenefitsFile.Row::customerNumber).toList();
        return em.createQuery(
                        "select c from Customer c left join fetch c.caseworker w left join fetch w.team"
                                + " left join fetch c.queueTeam where c.customerNumber in :numbers",
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

    /**
     * The domain's refusal in the file's terms: its message, and the column of the field it names
     * (a rule about no column, such as a missing responsibility, has none).
     */
    private static ImportRun.Refusal refusal(BenefitsFile.Row row, RuntimeException e) {
        if (e instanceof RuleBroken broken) {
            return new ImportRun.Refusal(
                    row.line(),
                    row.customerNumber(),
                    broken.messageKey(),
                    BenefitsFile.COLUMN_OF_FIELD.get(broken.field()));
        }
        // a rule without a field is a fault of nahbar's, not of the row: it is named as such
        LOG.log(Level.WARNING, "benefits file row " + row.line() + " refused without a field", e);
        return new ImportRun.Refusal(row.line(), row.customerNumber(), "benefits.notApplicable", null);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
