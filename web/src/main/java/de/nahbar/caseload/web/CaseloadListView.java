package de.nahbar.caseload.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.StreamedContent;

import de.nahbar.caseload.domain.AvailabilityReasonKind;
import de.nahbar.caseload.domain.IntegrationProfile;
import de.nahbar.caseload.domain.MandateStatus;
import de.nahbar.caseload.domain.SupportMode;
import de.nahbar.caseload.service.CaseloadCounts;
import de.nahbar.caseload.service.CaseloadFilter;
import de.nahbar.caseload.service.CaseloadQueries;
import de.nahbar.caseload.service.CaseloadRow;
import de.nahbar.caseload.service.CaseloadSort;
import de.nahbar.shared.web.Downloads;
import de.nahbar.shared.web.Formats;
import de.nahbar.shared.web.Labels;
import de.nahbar.shared.web.Messages;
import de.nahbar.shared.web.PagedModel;
import de.nahbar.shared.web.XlsxWriter;

/** caseload/list.xhtml: the caseload, filtered, sorted and paged in the database; Excel export of the filter. */
@Named
@ViewScoped
public class CaseloadListView implements Serializable {

    @EJB
    private CaseloadQueries queries;

    @Inject
    private Labels labels;

    @Inject
    private Formats formats;

    private String search;
    private SupportMode supportMode;
    private MandateStatus mandateStatus;
    private AvailabilityReasonKind reason;
    private IntegrationProfile profile;
    private Integer noContactForDays;
    private Integer dueWithinDays;
    private boolean under25;

    private CaseloadFilter filter = CaseloadFilter.none();
    private CaseloadCounts counts;
    private PagedModel<CaseloadRow> model;

    @PostConstruct
    void init() {
        counts = queries.counts();
        model = new PagedModel<>(
                () -> queries.count(filter),
                (first, size, sortField, ascending) -> queries.page(filter, sortOf(sortField), ascending, first, size),
                CaseloadRow::id);
    }

    static CaseloadSort sortOf(String field) {
        if (field == null) {
            return CaseloadSort.NAME;
        }
        try {
            return CaseloadSort.valueOf(field);
        } catch (IllegalArgumentException e) {
            return CaseloadSort.NAME;
        }
    }

    public void apply() {
        filter = new CaseloadFilter(
                search, supportMode, mandateStatus, reason, profile, noContactForDays, dueWithinDays, under25);
    }

    public void reset() {
        search = null;
        supportMode = null;
        mandateStatus = null;
        reason = null;
        profile = null;
        noContactForDays = null;
        dueWithinDays = null;
        under25 = false;
        apply();
    }

    /** The quick filters above the table: each replaces the filter with one condition. */
    public void quick(String which) {
        reset();
        switch (which) {
            case "active" -> supportMode = SupportMode.ACTIVE;
            case "observing" -> supportMode = SupportMode.OBSERVING;
            case "mandateOpen" -> mandateStatus = MandateStatus.OPEN;
            case "due" -> dueWithinDays = 0;
            case "noContact" -> noContactForDays = 90;
            case "under25" -> under25 = true;
            default -> {
                // "all": no condition
            }
        }
        apply();
    }

    public StreamedContent getExport() {
        List<CaseloadRow> rows = queries.page(filter, CaseloadSort.NAME, true, 0, CaseloadQueries.EXPORT_MAX);
        List<String> header = List.of(
                Messages.get("caseload.customerNumber"),
                Messages.get("caseload.name"),
                Messages.get("caseload.age"),
                Messages.get("caseload.supportMode"),
                Messages.get("caseload.mandate"),
                Messages.get("caseload.profile"),
                Messages.get("caseload.reasons"),
                Messages.get("caseload.lastContact"),
                Messages.get("caseload.nextDue"),
                Messages.get("caseload.phone"),
                Messages.get("caseload.caseworker"));
        List<List<String>> cells = rows.stream()
                .map(r -> List.of(
                        r.customerNumber(),
                        r.displayName(),
                        Integer.toString(r.age()),
                        labels.of(r.supportMode()),
                        labels.of(r.mandateStatus()),
                        labels.of(r.profile()),
                        labels.list(r.reasons()),
                        formats.dateTime(r.lastContactAt()),
                        formats.date(r.nextDueOn()),
                        r.phone() == null ? "" : r.phone(),
                        r.caseworkerName()))
                .toList();
        byte[] bytes = XlsxWriter.write(Messages.get("nav.caseload"), header, cells);
        return Downloads.of("bestand-" + formats.today() + ".xlsx", XlsxWriter.CONTENT_TYPE, bytes);
    }

    public CaseloadCounts getCounts() {
        return counts;
    }

    public PagedModel<CaseloadRow> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public SupportMode getSupportMode() {
        return supportMode;
    }

    public void setSupportMode(SupportMode supportMode) {
        this.supportMode = supportMode;
    }

    public MandateStatus getMandateStatus() {
        return mandateStatus;
    }

    public void setMandateStatus(MandateStatus mandateStatus) {
        this.mandateStatus = mandateStatus;
    }

    public AvailabilityReasonKind getReason() {
        return reason;
    }

    public void setReason(AvailabilityReasonKind reason) {
        this.reason = reason;
    }

    public IntegrationProfile getProfile() {
        return profile;
    }

    public void setProfile(IntegrationProfile profile) {
        this.profile = profile;
    }

    public Integer getNoContactForDays() {
        return noContactForDays;
    }

    public void setNoContactForDays(Integer noContactForDays) {
        this.noContactForDays = noContactForDays;
    }

    public Integer getDueWithinDays() {
        return dueWithinDays;
    }

    public void setDueWithinDays(Integer dueWithinDays) {
        this.dueWithinDays = dueWithinDays;
    }

    public boolean isUnder25() {
        return under25;
    }

    public void setUnder25(boolean under25) {
        this.under25 = under25;
    }
}
