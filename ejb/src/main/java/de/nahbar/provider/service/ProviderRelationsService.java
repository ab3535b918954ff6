package de.nahbar.provider.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.Placement;
import de.nahbar.measure.domain.Provider;
import de.nahbar.provider.domain.ProviderContact;
import de.nahbar.provider.domain.ProviderVisit;
import de.nahbar.provider.domain.QualityObservation;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.ConcurrentChanges;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.staff.domain.StaffMember;

/**
 * Everyday work with providers: visits with their follow-up, quality observations (append-only,
 * corrections as new observations), the provider's staff and master data. Author and time of
 * every record come from the server.
 */
@Stateless
@Interceptors(DomainRules.class)
public class ProviderRelationsService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ProviderAccess access;

    @RolesAllowed({CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD})
    public long recordVisit(long providerId, @NotNull @Valid VisitForm form) {
        Provider provider = provider(providerId);
        StaffMember me = em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", access.caller())
                .getSingleResult();
        List<StaffMember> colleagues = byIds(StaffMember.class, form.colleagueIds());
        List<ProviderContact> met = byIds(ProviderContact.class, form.contactIds());
        List<Measure> measures = byIds(Measure.class, form.measureIds());
        ProviderVisit visit = new ProviderVisit(
                provider,
                new ProviderVisit.Report(
                        form.visitedOn(), form.impressions(), form.agreements(), form.nextSteps(), form.followUpOn()),
                me,
                colleagues,
                met,
                measures,
                Instant.now());
        em.persist(visit);
        em.flush();
        return visit.getId();
    }

    /** Marks a visit's follow-up done; only the visitor who owns it can. */
    @RolesAllowed({CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD})
    public void followUpDone(long visitId) {
        ProviderVisit visit = em.find(ProviderVisit.class, visitId);
        if (visit == null || !access.caller().equals(visit.getFollowUpBy())) {
            throw new ProviderAccessDeniedException(access.caller(), "visit " + visitId);
        }
        visit.followUpDone(access.caller(), Instant.now());
    }

    @RolesAllowed({CASEWORKER, MEASURE_COORDINATOR})
    public long recordObservation(@NotNull @Valid ObservationForm form) {
        String me = access.caller();
        Instant now = Instant.now();
        QualityObservation observation;
        if (form.placementId() != null) {
            Placement placement = access.placementToObserve(form.placementId());
            observation =
                    QualityObservation.ofParticipation(placement, form.tone(), form.observedOn(), form.text(), me, now);
        } else if (form.measureId() != null) {
            Measure measure = em.find(Measure.class, form.measureId());
            if (measure == null) {
                throw new ProviderAccessDeniedException(me, "measure " + form.measureId());
            }
            observation = QualityObservation.ofMeasure(measure, form.tone(), form.observedOn(), form.text(), me, now);
        } else {
            observation = QualityObservation.ofProvider(
                    provider(form.providerId() == null ? -1 : form.providerId()),
                    form.tone(),
                    form.observedOn(),
                    form.text(),
                    me,
                    now);
        }
        em.persist(observation);
        em.flush();
        return observation.getId();
    }

    /** A correction of one's own observation: a new one that names it; the earlier one stays unchanged. */
    @RolesAllowed({CASEWORKER, MEASURE_COORDINATOR})
    public long correctObservation(long observationId, @NotNull @Valid ObservationForm form) {
        QualityObservation earlier = em.find(QualityObservation.class, observationId);
        if (earlier == null || !earlier.getRecordedBy().equals(access.caller())) {
            throw new ProviderAccessDeniedException(access.caller(), "observation " + observationId);
        }
        QualityObservation correction =
                earlier.correctedBy(form.tone(), form.observedOn(), form.text(), access.caller(), Instant.now());
        em.persist(correction);
        em.flush();
        return correction.getId();
    }

    /** Adds a member of the provider's staff ({@code contactId} null) or changes one as loaded in {@code version}. */
    @RolesAllowed({MEASURE_COORDINATOR, ADMIN})
    public long saveContact(long providerId, Long contactId, long version, @NotNull @Valid ContactForm form) {
        Provider provider = provider(providerId);
        ProviderContact contact;
        if (contactId == null) {
            contact = new ProviderContact(provider, form.name(), form.function(), form.phone(), form.email());
            em.persist(contact);
        } else {
            contact = contact(providerId, contactId, version);
            contact.change(form.name(), form.function(), form.phone(), form.email());
        }
        contact.lookAfter(byIds(Measure.class, form.measureIds()));
        flush("contact " + contactId);
        return contact.getId();
    }

    /** The person left the provider: no longer listed, still named in earlier visits. */
    @RolesAllowed({MEASURE_COORDINATOR, ADMIN})
    public void contactLeft(long providerId, long contactId, long version) {
        contact(providerId, contactId, version).leave();
        flush("contact " + contactId);
    }

    @RolesAllowed(ADMIN)
    public void changeMasterData(long providerId, long version, @NotNull @Valid MasterDataForm form) {
        Provider provider = provider(providerId);
        if (provider.getVersion() != version) {
            throw new ConcurrentChangeException("provider " + providerId);
        }
        provider.changeContact(form.address(), form.phone());
        provider.changeEmail(form.email());
        provider.certify(form.certification(), form.certifiedBy(), form.certifiedUntil());
        flush("provider " + providerId);
    }

    private ProviderContact contact(long providerId, long contactId, long version) {
        ProviderContact contact = em.find(ProviderContact.class, contactId);
        if (contact == null || !contact.getProvider().getId().equals(providerId)) {
            throw new ProviderAccessDeniedException(access.caller(), "contact " + contactId);
        }
        if (contact.getVersion() != version) {
            throw new ConcurrentChangeException("contact " + contactId);
        }
        return contact;
    }

    private Provider provider(long providerId) {
        Provider provider = em.find(Provider.class, providerId);
        if (provider == null) {
            throw new ProviderAccessDeniedException(access.caller(), "provider " + providerId);
        }
        return provider;
    }

    /** The entities with these ids; an unknown id is refused rather than left out silently. */
    private <T> List<T> byIds(Class<T> type, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<T> found = em.createQuery("select x from " + type.getSimpleName() + " x where x.id in :ids", type)
                .setParameter("ids", ids)
                .getResultList();
        if (found.size() != ids.stream().distinct().count()) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + " among " + ids);
        }
        return found;
    }

    private void flush(String what) {
        ConcurrentChanges.flush(em, what);
    }
}
