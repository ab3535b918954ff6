package de.nahbar.caseload.service;

import static de.nahbar.caseload.domain.FollowUpKind.CALLBACK;
import static de.nahbar.caseload.domain.FollowUpKind.COMMITMENT;
import static de.nahbar.caseload.domain.FollowUpKind.FOLLOW_UP;
import static de.nahbar.staff.domain.Role.Names.CASEWORKER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.nahbar.caseload.domain.ContactChannel;
import de.nahbar.caseload.domain.FollowUp;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.domain.Notice;
import de.nahbar.caseload.domain.NoticeKind;
import de.nahbar.caseload.domain.Reassignment;
import de.nahbar.shared.domain.JobcenterTime;

/** "Mein Tag": a few bounded queries over the caller's own and deputised customers. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed(CASEWORKER)
public class MyDayService {

    /** More than this many due items on one day is a list for the caseload page, not for the morning. */
    static final int ITEMS_MAX = 200;

    /** How far back Mein Tag shows the customers who came and went. */
    static final int HANDOVER_DAYS = 14;

    static final int HANDOVERS_MAX = 50;

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CaseAccess access;

    public MyDay today() {
        LocalDate today = JobcenterTime.today();
        String me = context.getCallerPrincipal().getName();
        // follow-ups and callbacks due by today come in one statement and are told apart here
        List<MyDay.Item> due = items(Set.of(FOLLOW_UP, CALLBACK), true, today, me);
        List<MyDay.Item> commitments = items(Set.of(COMMITMENT), false, today, me);
        List<MyDay.ContactToday> contacts = em
                .createQuery(
                        "select k.customer.id, c.lastName, c.firstName, k.occurredAt,"
                                + " k.channel, k.topic from Contact k join k.customer c where k.recordedBy = :me"
                                + " and k.occurredAt >= :from order by k.occurredAt desc",
                        Object[].class)
                .setParameter("me", me)
                .setParameter("from", JobcenterTime.startOf(today))
                .setMaxResults(ITEMS_MAX)
                .getResultList()
                .stream()
                .map(r -> new MyDay.ContactToday(
                        (Long) r[0], r[1] + ", " + r[2], (Instant) r[3], (ContactChannel) r[4], (String) r[5]))
                .toList();
        List<MyDay.NoticeItem> notices = notices(me);
        return new MyDay(
                today,
                notices,
                ofKind(due, FOLLOW_UP),
                ofKind(due, CALLBACK),
                commitments,
                contacts,
                handovers(me, today));
    }

    /** Unread notices about customers in the caseload, dropout risks first, then the newest. */
    private List<MyDay.NoticeItem> notices(String me) {
        var query = em.createQuery(
                        "select n.id, c.id, c.lastName, c.firstName, n.kind, n.text, n.createdAt"
                                + " from Notice n join n.customer c where n.readAt is null and c.closedOn is null and "
                                + CaseloadScope.condition("c.caseworker.id")
                                + " order by case when n.kind = " + NoticeKind.class.getName()
                                + ".DROPOUT_RISK then 0 else 1 end,"
                                + " n.createdAt desc, n.id desc",
                        Object[].class)
                .setMaxResults(ITEMS_MAX);
        CaseloadScope.parameters(me).forEach(query::setParameter);
        return query.getResultList().stream()
                .map(r -> new MyDay.NoticeItem(
                        (Long) r[0], (Long) r[1], r[2] + ", " + r[3], (NoticeKind) r[4], (String) r[5], (Instant) r[6]))
                .toList();
    }

    /**
     * The customers who came to the caller or went from them in the last two weeks, newest first:
     * new ones, handovers, moves to another team, the queue. A customer who went shows no link.
     */
    private List<MyDay.Handover> handovers(String me, LocalDate today) {
        return em.createQuery(
                        "select r.reassignedAt, r.kind, t.username, cw.username, c.id, c.lastName, c.firstName,"
                                + " f.firstName, f.lastName, ft.name, t.firstName, t.lastName, tt.name, r.reason"
                                + " from Reassignment r join r.customer c left join c.caseworker cw"
                                + " left join r.from f left join r.fromTeam ft left join r.to t left join r.toTeam tt"
                                // by id, so that the database takes the indexes on from and to
                                + " where (r.from.id = (select m.id from StaffMember m where m.username = :me)"
                                + " or r.to.id = (select m.id from StaffMember m where m.username = :me))"
                                + " and r.reassignedAt >= :since"
                                + " order by r.reassignedAt desc, r.id desc",
                        Object[].class)
                .setParameter("me", me)
                .setParameter("since", JobcenterTime.startOf(today.minusDays(HANDOVER_DAYS)))
                .setMaxResults(HANDOVERS_MAX + 1) // one more tells that there are more than the list shows
                .getResultStream()
                .map(r -> {
                    boolean incoming = me.equals(r[2]);
                    String otherFirst = (String) (incoming ? r[7] : r[10]);
                    String otherLast = (String) (incoming ? r[8] : r[11]);
                    String queue = (String) (incoming ? r[9] : r[12]);
                    return new MyDay.Handover(
                            (Instant) r[0],
                            (Reassignment.Kind) r[1],
                            incoming,
                            me.equals(r[3]) ? (Long) r[4] : null,
                            r[5] + ", " + r[6],
                            otherLast == null ? null : otherFirst + " " + otherLast,
                            otherLast == null ? queue : null,
                            (String) r[13]);
                })
                .toList();
    }

    /** Marks a notice read; only for someone who works the customer's case. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void markNoticeRead(long noticeId) {
        Notice notice = em.find(Notice.class, noticeId);
        if (notice == null) {
            throw new CaseAccessDeniedException(context.getCallerPrincipal().getName(), -1);
        }
        access.forWork(notice.getCustomer().getId());
        notice.markRead(context.getCallerPrincipal().getName(), Instant.now());
    }

    /** Open items of these kinds in the caseload; {@code dueOnly}: those due today or earlier. */
    private List<MyDay.Item> items(Set<FollowUpKind> kinds, boolean dueOnly, LocalDate today, String me) {
        // a callback promised with a time window is on the list from the moment it is promised, not only on its last
        // day
        var query = em.createQuery(
                        "select f.id, f.version, c.id, c.lastName, c.firstName, c.customerNumber, c.phone,"
                                + " f.kind, f.title, f.dueOn, f.dueAt, cw.username"
                                + " from FollowUp f join f.customer c join c.caseworker cw where f.doneAt is null"
                                + " and f.kind in :kinds"
                                + (dueOnly ? " and (f.dueOn <= :today or f.dueAt is not null)" : "")
                                + " and " + CaseloadScope.condition("cw.id")
                                // callbacks first: a long backlog of follow-ups must not push today's callback past the
                                // limit
                                + " order by case when f.kind = " + FollowUpKind.class.getName()
                                + ".CALLBACK then 0 else 1 end,"
                                + " f.dueOn, f.dueAt, f.id",
                        Object[].class)
                .setParameter("kinds", kinds)
                .setMaxResults(ITEMS_MAX);
        CaseloadScope.parameters(me).forEach(query::setParameter);
        if (dueOnly) {
            query.setParameter("today", today);
        }
        Instant now = Instant.now();
        return query.getResultList().stream()
                .map(r -> new MyDay.Item(
                        (Long) r[0],
                        (Long) r[1],
                        (Long) r[2],
                        r[3] + ", " + r[4],
                        (String) r[5],
                        (String) r[6],
                        (FollowUpKind) r[7],
                        (String) r[8],
                        (LocalDate) r[9],
                        (Instant) r[10],
                        FollowUp.isOverdue((LocalDate) r[9], (Instant) r[10], null, now),
                        !me.equals(r[11])))
                .toList();
    }

    private static List<MyDay.Item> ofKind(List<MyDay.Item> items, FollowUpKind kind) {
        return items.stream().filter(item -> item.kind() == kind).toList();
    }
}
