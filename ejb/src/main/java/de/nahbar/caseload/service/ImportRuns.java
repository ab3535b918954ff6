package de.nahbar.caseload.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.INTEGRATION;

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

    /** Whether a file with these contents was applied before (then this run changes nothing new). */
    @RolesAllowed({ADMIN, INTEGRATION})
    public boolean appliedBefore(String sha256) {
        return !em.createQuery(
                        "select r.id from ImportRun r where r.fileSha256 = :sha and r.applied = true", Long.class)
                .setParameter("sha", sha256)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
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
}
