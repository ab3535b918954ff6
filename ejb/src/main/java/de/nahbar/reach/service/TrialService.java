package de.nahbar.reach.service;

import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.reach.domain.CallTopic;
import de.nahbar.reach.domain.ReachabilityConsent;
import de.nahbar.reach.domain.ReachabilitySettings;
import de.nahbar.reach.domain.ReachabilityTrial;
import de.nahbar.reach.domain.TrialFigures;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.ConcurrentChanges;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.domain.StaffMember;

/**
 * The reachability trial. Its figures belong to the caseworker: every method but
 * {@link #teamAggregate()} works on the caller's own trial only, and the aggregate shows nothing
 * per person and nothing at all with fewer than three who chose to share.
 */
@Stateless
@RolesAllowed(CASEWORKER)
@Interceptors(DomainRules.class)
public class TrialService {

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    public TrialDashboard mine() {
        StaffMember me = me();
        ReachabilityTrial trial = latest(me);
        LocalDate today = JobcenterTime.today();
        if (trial == null) {
            return new TrialDashboard(null, null, true);
        }
        return new TrialDashboard(
                new TrialDashboard.Trial(
                        trial.getId(),
                        trial.getVersion(),
                        trial.getStartedOn(),
                        trial.getPlannedEndOn(),
                        trial.getEndedOn(),
                        trial.getReflection(),
                        trial.isShareFigures(),
                        trial.isRunningOn(today)),
                figures(trial, today),
                !trial.isRunningOn(today));
    }

    /**
     * Starts a trial of the caller: from today on, their letters carry direct dial and e-mail (if the
     * staff record has one), which is recorded as their consent. Needs a direct dial in the settings.
     */
    public void start(int months) {
        StaffMember me = me();
        LocalDate today = JobcenterTime.today();
        ReachabilityTrial running = latest(me);
        if (running != null && running.isRunningOn(today)) {
            throw new IllegalStateException("a trial is already running");
        }
        ReachabilitySettings mine = Reachable.settingsOf(em, me, true);
        // the e-mail address only when the staff record has one; the direct dial is required
        ReachabilityConsent consent = mine.decide(
                mine.getDirectDial(),
                true,
                me.getEmail() != null,
                mine.getPhoneHours(),
                me.getUsername(),
                Instant.now());
        if (consent != null) {
            em.persist(consent);
        }
        em.persist(new ReachabilityTrial(me, today, months));
    }

    public void extend(long loadedVersion, @NotNull LocalDate newEnd) {
        own(loadedVersion).extendTo(newEnd, JobcenterTime.today());
        flush();
    }

    /** Ends the trial today; what is published stays as the caseworker set it, to be changed in the settings. */
    public void end(long loadedVersion, @Size(max = ReachabilityTrial.REFLECTION_MAX) String reflection) {
        own(loadedVersion).end(JobcenterTime.today(), reflection);
        flush();
    }

    public void reflect(long loadedVersion, @Size(max = ReachabilityTrial.REFLECTION_MAX) String reflection) {
        own(loadedVersion).reflect(reflection);
        flush();
    }

    public void share(long loadedVersion, boolean share) {
        own(loadedVersion).share(share);
        flush();
    }

    /** The pooled figures of the team lead's team's caseworkers who share theirs; nothing below three. */
    @RolesAllowed(TEAM_LEAD)
    public TrialAggregate teamAggregate() {
        StaffMember lead = me();
        if (lead.getTeam() == null) {
            return new TrialAggregate(0, null);
        }
        List<ReachabilityTrial> shared = em.createQuery(
                        "select t from ReachabilityTrial t join fetch t.caseworker cw"
                                + " where t.shareFigures = true and cw.team = :team and cw.active = true"
                                + " and t.startedOn = (select max(o.startedOn) from ReachabilityTrial o where o.caseworker = cw)",
                        ReachabilityTrial.class)
                .setParameter("team", lead.getTeam())
                .getResultList();
        if (shared.size() < TrialAggregate.MIN_PARTICIPANTS) {
            return new TrialAggregate(shared.size(), null);
        }
        return new TrialAggregate(shared.size(), TrialFigures.pooled(figures(shared, JobcenterTime.today())));
    }

    private TrialFigures figures(ReachabilityTrial trial, LocalDate today) {
        return figures(List.of(trial), today).get(0);
    }

    /**
     * The figures of each trial, in the order given, from two statements however many trials:
     * the calls and the callbacks of all their caseworkers over the span of all trials, each then
     * counted within its own trial's days.
     */
    private List<TrialFigures> figures(List<ReachabilityTrial> trials, LocalDate today) {
        LocalDate from = trials.stream()
                .map(ReachabilityTrial::getStartedOn)
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate to = trials.stream()
                .map(t -> t.lastDayOn(today))
                .max(LocalDate::compareTo)
                .orElseThrow();
        List<String> usernames = trials.stream()
                .map(t -> t.getCaseworker().getUsername())
                .distinct()
                .toList();
        Map<String, List<TrialFigures.Call>> calls = new HashMap<>();
        em.createQuery(
                        "select k.recordedBy, k.occurredAt, k.callTopic, k.durationMinutes from Contact k"
                                + " where k.recordedBy in :names and k.callTopic is not null and k.occurredAt >= :from"
                                + " and k.occurredAt < :to",
                        Object[].class)
                .setParameter("names", usernames)
                .setParameter("from", JobcenterTime.startOf(from))
                .setParameter("to", JobcenterTime.startOf(to.plusDays(1)))
                .getResultList()
                .forEach(r -> calls.computeIfAbsent((String) r[0], u -> new ArrayList<>())
                        .add(new TrialFigures.Call(
                                JobcenterTime.dayOf((Instant) r[1]), CallTopic.valueOf((String) r[2]), (Integer)
                                        r[3])));
        Map<String, List<Object[]>> callbacks = new HashMap<>();
        em.createQuery(
                        "select f.createdBy, f.dueOn, f.dueAt, f.doneAt from FollowUp f"
                                + " where f.createdBy in :names and f.kind = :callback and f.dueAt is not null"
                                + " and f.dueOn between :from and :to",
                        Object[].class)
                .setParameter("names", usernames)
                .setParameter("callback", FollowUpKind.CALLBACK)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(r -> callbacks
                        .computeIfAbsent((String) r[0], u -> new ArrayList<>())
                        .add(r));
        Instant now = Instant.now();
        List<TrialFigures> figures = new ArrayList<>();
        for (ReachabilityTrial trial : trials) {
            String username = trial.getCaseworker().getUsername();
            LocalDate first = trial.getStartedOn();
            LocalDate last = trial.lastDayOn(today);
            List<TrialFigures.Callback> kept = callbacks.getOrDefault(username, List.of()).stream()
                    .filter(r -> !((LocalDate) r[1]).isBefore(first) && !((LocalDate) r[1]).isAfter(last))
                    .map(r -> new TrialFigures.Callback((Instant) r[2], (Instant) r[3]))
                    .toList();
            figures.add(TrialFigures.of(first, last, calls.getOrDefault(username, List.of()), kept, now));
        }
        return figures;
    }

    private ReachabilityTrial own(long loadedVersion) {
        ReachabilityTrial trial = latest(me());
        if (trial == null) {
            throw new IllegalStateException("no trial started");
        }
        if (trial.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("trial " + trial.getId());
        }
        return trial;
    }

    private void flush() {
        ConcurrentChanges.flush(em, "trial");
    }

    private ReachabilityTrial latest(StaffMember me) {
        return em.createQuery(
                        "select t from ReachabilityTrial t where t.caseworker = :me order by t.startedOn desc, t.id desc",
                        ReachabilityTrial.class)
                .setParameter("me", me)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private StaffMember me() {
        return Reachable.staff(em, context.getCallerPrincipal().getName());
    }
}
