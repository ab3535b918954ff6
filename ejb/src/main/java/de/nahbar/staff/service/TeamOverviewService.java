package de.nahbar.staff.service;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;
import de.nahbar.staff.domain.Team;

/** The team lead's own team. The team is always the caller's: no parameter can widen it. */
@Stateless
@RolesAllowed(Role.Names.TEAM_LEAD)
public class TeamOverviewService {

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    public TeamOverview myTeam() {
        Team team = Caller.of(context, em).getTeam();
        if (team == null) {
            return new TeamOverview(null, List.of());
        }
        Instant now = Instant.now();
        List<StaffRow> members = em.createQuery("select m from StaffMember m where m.team = :team"
                        + " order by m.lastName, m.firstName, m.id", StaffMember.class)
                .setParameter("team", team)
                .getResultList().stream()
                .map(m -> StaffRow.of(m, now))
                .toList();
        return new TeamOverview(team.getName(), members);
    }
}
