package de.nahbar.caseload.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.nahbar.audit.domain.AccessPurpose;
import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.ContactChannel;
import de.nahbar.caseload.domain.ExitReason;
import de.nahbar.caseload.domain.FollowUpKind;
import de.nahbar.caseload.domain.IntegrationProfile;
import de.nahbar.caseload.domain.MandateStatus;
import de.nahbar.caseload.domain.SupportMode;

/**
 * Everything the case file page shows of one customer, read in a fixed number of statements.
 *
 * @param writable whether the caller may change the case (caseworker or deputy; a team lead reads only)
 * @param accesses who opened this case and why; only for the customer's own caseworker
 */
public record CaseFile(
        Summary summary,
        AccessPurpose purpose,
        boolean writable,
        List<Note> notes,
        List<FollowUpEntry> followUps,
        List<ContactEntry> contacts,
        List<ModeChange> supportModeHistory,
        List<Reason> reasons,
        List<Plan> plans,
        List<Access> accesses,
        Household household)
        implements Serializable {

    /**
     * The customer's household (Bedarfsgemeinschaft): the other members the reader may open
     * (own, deputised or, for a team lead, the team's), and how many others there are, of whom
     * nothing is shown. Null when no household is known.
     */
    public record Household(String number, List<Member> members, int others) implements Serializable {

        public Household {
            members = List.copyOf(members);
        }
    }

    /** A household member the reader may open. */
    public record Member(long id, String name, String customerNumber, LocalDate closedOn) implements Serializable {}

    public CaseFile {
        notes = List.copyOf(notes);
        followUps = List.copyOf(followUps);
        contacts = List.copyOf(contacts);
        supportModeHistory = List.copyOf(supportModeHistory);
        reasons = List.copyOf(reasons);
        plans = List.copyOf(plans);
        accesses = List.copyOf(accesses);
    }

    /** The header of the case file; {@code version} guards the master-data form. */
    public record Summary(
            long id,
            long version,
            String customerNumber,
            String firstName,
            String lastName,
            LocalDate birthDate,
            int age,
            String phone,
            String email,
            SupportMode supportMode,
            MandateStatus mandateStatus,
            LocalDate mandateOn,
            String mandateGoals,
            IntegrationProfile profile,
            Instant lastContactAt,
            String caseworkerName,
            String queueTeam,
            LocalDate closedOn,
            ExitReason exitReason)
            implements Serializable {

        public boolean closed() {
            return closedOn != null;
        }

        public String displayName() {
            return firstName + " " + lastName;
        }
    }

    /** A counselling note; {@code correctsId} names the note it corrects, {@code correctedBy} the newer one. */
    public record Note(long id, Instant writtenAt, String author, String text, Long correctsId, Long correctedById)
            implements Serializable {}

    public record FollowUpEntry(
            long id,
            long version,
            FollowUpKind kind,
            String title,
            LocalDate dueOn,
            boolean overdue,
            Instant doneAt,
            String doneBy)
            implements Serializable {

        public boolean done() {
            return doneAt != null;
        }
    }

    public record ContactEntry(
            long id,
            Instant occurredAt,
            ContactChannel channel,
            Integer durationMinutes,
            String topic,
            String note,
            String recordedBy)
            implements Serializable {}

    public record ModeChange(LocalDate changedOn, SupportMode mode, String reason, String changedBy)
            implements Serializable {}

    public record Reason(
            long id, AvailabilityReasonKind kind, String note, LocalDate validFrom, LocalDate validTo, boolean current)
            implements Serializable {}

    public record Plan(
            int versionNo,
            String goal,
            String customerSteps,
            String jobcenterSteps,
            LocalDate agreedOn,
            LocalDate reviewOn,
            String createdBy)
            implements Serializable {}

    public record Access(Instant occurredAt, String actor, String purpose, String reason) implements Serializable {}

    public long openFollowUps() {
        return followUps.stream().filter(f -> !f.done()).count();
    }

    public List<Reason> currentReasons() {
        return reasons.stream().filter(Reason::current).toList();
    }

    public Plan currentPlan() {
        return plans.isEmpty() ? null : plans.get(0);
    }
}
