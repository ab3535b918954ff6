package de.nahbar.reach.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.CASEWORKER;
import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;
import static de.nahbar.staff.domain.Role.Names.TEAM_LEAD;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.nahbar.reach.domain.Responsibility;
import de.nahbar.shared.service.ConcurrentChangeException;
import de.nahbar.shared.service.ConcurrentChanges;
import de.nahbar.shared.service.DomainRules;
import de.nahbar.shared.service.Like;

/** The responsibility directory: everyone on staff looks things up in it, administrators keep it. */
@Stateless
@RolesAllowed({CASEWORKER, MEASURE_COORDINATOR, TEAM_LEAD, ADMIN})
@Interceptors(DomainRules.class)
public class ResponsibilityService {

    @PersistenceContext
    private EntityManager em;

    /** Topics whose topic, unit or note contains the text; all topics for no text. */
    public List<ResponsibilityRow> search(String text) {
        String pattern = Like.containing(text);
        var query = em.createQuery(
                "select new " + ResponsibilityRow.class.getName()
                        + "(r.id, r.version, r.topic, r.unit, r.phone, r.email, r.hours, r.note) from Responsibility r"
                        + (pattern == null
                                ? ""
                                : " where lower(r.topic) like :p escape '\\' or lower(r.unit) like :p escape '\\'"
                                        + " or lower(r.note) like :p escape '\\'")
                        + " order by r.topic",
                ResponsibilityRow.class);
        if (pattern != null) {
            query.setParameter("p", pattern);
        }
        return query.getResultList();
    }

    /** Adds a topic ({@code id} null) or changes one, if nobody changed it since {@code loadedVersion}. */
    @RolesAllowed(ADMIN)
    public long save(
            Long id,
            long loadedVersion,
            @NotBlank @Size(max = Responsibility.TOPIC_MAX) String topic,
            @NotBlank @Size(max = Responsibility.UNIT_MAX) String unit,
            @Size(max = 30) String phone,
            @Size(max = Responsibility.EMAIL_MAX) String email,
            @Size(max = Responsibility.HOURS_MAX) String hours,
            @Size(max = Responsibility.NOTE_MAX) String note) {
        Long other = em.createQuery(
                        "select r.id from Responsibility r where lower(r.topic) = lower(:topic)", Long.class)
                .setParameter("topic", topic.strip())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (other != null && !other.equals(id)) {
            throw new IllegalArgumentException("topic exists: " + topic);
        }
        Responsibility responsibility;
        if (id == null) {
            responsibility = new Responsibility(topic, unit, phone, email, hours, note);
            em.persist(responsibility);
        } else {
            responsibility = em.find(Responsibility.class, id);
            if (responsibility == null || responsibility.getVersion() != loadedVersion) {
                throw new ConcurrentChangeException("responsibility " + id);
            }
            responsibility.change(topic, unit, phone, email, hours, note);
        }
        ConcurrentChanges.flush(em, "responsibility " + id);
        return responsibility.getId();
    }

    /** Removes a topic; calls that referred to it keep the referral text they were logged with. */
    @RolesAllowed(ADMIN)
    public void remove(long id) {
        Responsibility responsibility = em.find(Responsibility.class, id);
        if (responsibility != null) {
            em.remove(responsibility);
        }
    }
}
