package de.nahbar.caseload.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.INTEGRATION;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.constraints.NotNull;

import de.nahbar.caseload.domain.ImportRun;
import de.nahbar.shared.service.DomainRules;

/**
 * The benefits side's file (docs/benefits-file.md) as administrators read it on their page, in
 * the background with a progress bar, and as the integration sends it through the REST
 * interface; the work is {@link BenefitsImport}'s, in the caller's name.
 */
@Stateless
@RolesAllowed(ADMIN)
@Interceptors(DomainRules.class)
public class BenefitsImportService {

    private static final Logger LOG = Logger.getLogger(BenefitsImportService.class.getName());

    @Resource
    private SessionContext context;

    @Inject
    private BenefitsImport imports;

    /** WildFly's default executor: the task runs with the caller's security identity. */
    @Resource
    private ManagedExecutorService executor;

    @EJB
    private ImportRuns runs;

    /** What a run did: {@link BenefitsImport.Result}. */
    public record Result(long runId, boolean applied, boolean seenBefore) {

        static Result of(BenefitsImport.Result result) {
            return new Result(result.runId(), result.applied(), result.seenBefore());
        }
    }

    /** Reads and applies one file, CSV or JSON (docs/benefits-file.md): the integration's REST call, and tests. */
    @RolesAllowed({ADMIN, INTEGRATION})
    public Result run(String fileName, byte[] content, @NotNull ImportRun.Kind kind, @NotNull ImportRun.Mode mode) {
        return runShowingProgress(null, fileName, content, kind, mode);
    }

    /**
     * The page's import: runs in the background, so that a first load of 100,000 customers
     * outlives no request, and tells its progress under {@code token} ({@link ImportRuns#progress}).
     * Who may start it is checked here, at the call; the task carries the caller's identity. The
     * file's own transaction is the inner call's, so that a refusal at its commit (a constraint, a
     * timeout) is caught in the task and the progress says the import failed.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void start(
            @NotNull String token,
            String fileName,
            byte[] content,
            @NotNull ImportRun.Kind kind,
            @NotNull ImportRun.Mode mode) {
        runs.begin(token, imports.appliedBefore(BenefitsImport.sha256(content == null ? new byte[0] : content)));
        BenefitsImportService self = context.getBusinessObject(BenefitsImportService.class);
        executor.execute(() -> {
            try {
                runs.finished(
                        token,
                        self.runShowingProgress(token, fileName, content, kind, mode)
                                .runId());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Die Leistungsdatei " + fileName + " konnte nicht eingelesen werden", e);
                runs.failed(token);
            }
        });
    }

    /** {@link #run}, reporting the rows done after every chunk under {@code token} (null: nobody asks). */
    @RolesAllowed({ADMIN, INTEGRATION})
    public Result runShowingProgress(
            String token, String fileName, byte[] content, @NotNull ImportRun.Kind kind, @NotNull ImportRun.Mode mode) {
        return Result.of(imports.apply(context.getCallerPrincipal().getName(), token, fileName, content, kind, mode));
    }
}
