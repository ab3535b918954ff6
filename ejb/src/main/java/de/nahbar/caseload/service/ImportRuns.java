package de.nahbar.caseload.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.INTEGRATION;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.domain.ImportProgress;
import de.nahbar.caseload.domain.ImportRun;

/** The record of the benefits file's runs, newest first, as administrators see it; the integration its own. */
@Stateless
@RolesAllowed(ADMIN)
public class ImportRuns {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private EJBContext context;

    /** Records a run whose changes roll back, in a transaction of its own so the record stays. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({ADMIN, INTEGRATION})
    public long recordApart(ImportRun run) {
        em.persist(run);
        em.flush();
        return run.getId();
    }

    public List<ImportRun> latest(int first, int max) {
        return em.createQuery("select r from ImportRun r order by r.startedAt desc, r.id desc", ImportRun.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(r) from ImportRun r", Long.class).getSingleResult();
    }

    /** The run with its refused rows; an integration login sees only the runs it started. */
    @RolesAllowed({ADMIN, INTEGRATION})
    public Optional<ImportRun> withRefusals(long id) {
        return em.createQuery("select r from ImportRun r left join fetch r.refusals where r.id = :id", ImportRun.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .filter(run -> context.isCallerInRole(ADMIN)
                        || run.getStartedBy()
                                .equals(context.getCallerPrincipal().getName()));
    }

    /** How far an import in the background has come, as the page shows it. */
    public record Progress(int done, int total, Long runId, boolean failed, boolean seenBefore)
            implements Serializable {

        public boolean over() {
            return runId != null || failed;
        }

        /** Per cent of the rows done, 0 to 100. */
        public int percent() {
            return total == 0 ? (over() ? 100 : 0) : (int) (100L * done / total);
        }
    }

    /** The progress of an import the caller started; empty for an unknown token or another person's. */
    public Optional<Progress> progress(String token) {
        return Optional.ofNullable(em.find(ImportProgress.class, token))
                .filter(p ->
                        p.getStartedBy().equals(context.getCallerPrincipal().getName()))
                .map(p ->
                        new Progress(p.getRowsDone(), p.getRowsTotal(), p.getRunId(), p.isFailed(), p.isSeenBefore()));
    }

    /** An import in the background begins; written at once, whatever becomes of the file's transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void begin(String token, boolean seenBefore) {
        em.persist(new ImportProgress(token, context.getCallerPrincipal().getName(), seenBefore, Instant.now()));
    }

    /** Rows done so far; a token nobody began (a run without a progress bar) is ignored. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({ADMIN, INTEGRATION})
    public void advanced(String token, int done, int total) {
        mine(token).ifPresent(p -> p.advanced(done, total, Instant.now()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finished(String token, long runId) {
        mine(token).ifPresent(p -> p.finished(runId, Instant.now()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String token) {
        mine(token).ifPresent(p -> p.failed(Instant.now()));
    }

    private Optional<ImportProgress> mine(String token) {
        return Optional.ofNullable(token == null ? null : em.find(ImportProgress.class, token))
                .filter(p ->
                        p.getStartedBy().equals(context.getCallerPrincipal().getName()));
    }
}
