package de.nahbar.staff.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
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
        List<StaffMember> members = em.createQuery(
                        "select m from StaffMember m where m.team = :team" + " order by m.lastName, m.firstName, m.id",
                        StaffMember.class)
                .setParameter("team", team)
                .getResultList();
        Map<String, Instant> waits =
                LoginWaits.of(em, members.stream().map(StaffMember::getUsername).toList(), Instant.now());
        return new TeamOverview(
                team.getName(), members.stream().map(m -> StaffRow.of(m, waits)).toList());
    }

    /**
     * Ends the login waits of a member of the caller's team at once, so that nobody depends on
     * the one administrator to get back in; anyone else is refused like an unknown id.
     */
    public void release(long staffMemberId) {
        StaffMember me = Caller.of(context, em);
        StaffMember member = em.find(StaffMember.class, staffMemberId);
        if (member == null
                || me.getTeam() == null
                || member.getTeam() == null
                || !member.getTeam().getId().equals(me.getTeam().getId())) {
            throw new StaffAccessDeniedException(
                    me.getUsername(), "release the login of staff member " + staffMemberId);
        }
        LoginWaits.release(em, member.getUsername(), me.getUsername());
    }
}
