package de.nahbar.measure.service;

import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.caseload.domain.NoticeKind;
import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.Placement;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.measure.domain.ProviderReport;
import de.nahbar.measure.domain.ReportHandling;
import de.nahbar.measure.domain.ReportKind;
import de.nahbar.shared.service.DomainRules;

/**
 * What providers report about participants, as the coordinator records it: reports alert the
 * caseworker where they need to know, a dropout risk marks the participation, and a correction
 * is a new report beside the one it corrects. Only on measures the caller coordinates or
 * deputises; the participants' names read are logged.
 */
@Stateless
@RolesAllowed(MEASURE_COORDINATOR)
@Interceptors(DomainRules.class)
public class ProviderReportService {

    /** A measure's report list shows the newest this many. */
    static final int SHOWN = 200;

    @EJB
    private MeasureAccess access;

    @PersistenceContext
    private EntityManager em;

    /**
     * Records a provider's report about a participant. A dropout-risk report alerts the
     * caseworker at once and marks a running participation as at risk; a report that needs a
     * decision alerts them too. With {@code correctsId}, the new report corrects an earlier one of
     * the same participant, which stays as it was.
     */
    public long recordReport(
            long placementId,
            @NotNull ReportKind kind,
            @NotNull ReportHandling handling,
            @NotNull LocalDate reportedOn,
            @NotBlank @Size(max = ProviderReport.TEXT_MAX) String text,
            @Size(max = ProviderReport.ASSESSMENT_MAX) String assessment,
            Long correctsId) {
        Placement placement = access.placementForCoordination(placementId);
        ProviderReport report;
        Instant now = Instant.now();
        if (correctsId == null) {
            report = new ProviderReport(placement, kind, handling, reportedOn, text, assessment, access.caller(), now);
        } else {
            ProviderReport earlier = em.find(ProviderReport.class, correctsId);
            if (earlier == null || !earlier.getPlacement().getId().equals(placement.getId())) {
                throw new IllegalArgumentException("report " + correctsId + " is not about this participant");
            }
            report = earlier.correctedBy(kind, handling, reportedOn, text, assessment, access.caller(), now);
        }
        em.persist(report);
        if (kind == ReportKind.DROPOUT_RISK && placement.getStatus().next().contains(PlacementStatus.DROPOUT_RISK)) {
            Places.move(
                    em,
                    placement,
                    PlacementStatus.DROPOUT_RISK,
                    "Teilnehmerbericht vom " + Places.german(reportedOn),
                    access.caller());
        }
        if (report.alertsCaseworker()) {
            Places.notify(
                    em,
                    placement,
                    kind == ReportKind.DROPOUT_RISK ? NoticeKind.DROPOUT_RISK : NoticeKind.PROVIDER_REPORT,
                    text.strip());
        }
        Places.flush(em, placement);
        return report.getId();
    }

    /** The reports about the participants of a measure, newest first; the names shown are logged. */
    public List<ReportRow> reports(long measureId) {
        Measure measure = access.forCoordination(measureId);
        List<Object[]> rows = em.createQuery(
                        "select r.id, p.id, c.lastName, c.firstName, r.reportedOn, r.kind, r.handling,"
                                + " r.text, r.assessment, r.corrects.id, r.recordedBy, r.recordedAt, c.customerNumber"
                                + " from ProviderReport r join r.placement p join p.customer c left join r.corrects"
                                + " where p.measure = :measure order by r.recordedAt desc, r.id desc",
                        Object[].class)
                .setParameter("measure", measure)
                .setMaxResults(SHOWN)
                .getResultList();
        access.logRead(rows.stream().map(r -> (String) r[12]).distinct().toList());
        return rows.stream()
                .map(r -> new ReportRow(
                        (Long) r[0],
                        (Long) r[1],
                        r[2] + ", " + r[3],
                        (LocalDate) r[4],
                        (ReportKind) r[5],
                        (ReportHandling) r[6],
                        (String) r[7],
                        (String) r[8],
                        (Long) r[9],
                        (String) r[10],
                        (Instant) r[11]))
                .toList();
    }
}
