package de.nahbar.team.web;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.primefaces.model.StreamedContent;

import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.web.BackgroundExport;
import de.nahbar.shared.web.BackgroundExports;
import de.nahbar.shared.web.Downloads;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.LocaleSelection;
import de.nahbar.shared.web.Messages;
import de.nahbar.shared.web.XlsxWriter;
import de.nahbar.staff.web.CurrentUser;
import de.nahbar.staff.web.Letterheads;
import de.nahbar.team.service.EntryAllocations;
import de.nahbar.team.service.MeasureOccupancy;
import de.nahbar.team.service.OccupancyChoices;
import de.nahbar.team.service.OccupancyFilter;
import de.nahbar.team.service.OccupancyQueries;
import de.nahbar.team.service.OccupancyReport;

/**
 * team/occupancy.xhtml: the occupancy of all measures for a filter, the highlights, the fill-rate
 * trend (chart with a table beside it), drill-down into a measure's entry dates, and Excel or PDF
 * of exactly what is shown, made in the background with a progress bar.
 */
@Named
@ViewScoped
public class OccupancyView implements Serializable {

    @Inject
    private Letterheads letterheads;

    /** How many months back and ahead the period choice offers. */
    private static final int MONTHS_BACK = 36;

    private static final int MONTHS_AHEAD = 12;

    @EJB
    private OccupancyQueries overview;

    @Inject
    private BackgroundExports exports;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private CurrentUser currentUser;

    private LegalBasis legalBasis;
    private Long providerId;
    private String coordinator;
    private String team;
    private String location;
    private YearMonth from;
    private YearMonth to;
    private int threshold = OccupancyFilter.DEFAULT_THRESHOLD;

    private OccupancyChoices choices;
    private OccupancyReport report;
    private MeasureOccupancy drilled;
    private List<EntryAllocations> entries;
    private transient BackgroundExport export;

    @PostConstruct
    void init() {
        OccupancyFilter initial = OccupancyFilter.lastTwelveMonths(JobcenterTime.today());
        from = initial.from();
        to = initial.to();
        choices = overview.choices();
        report = overview.report(initial);
    }

    public void apply() {
        if (from.isAfter(to)) {
            FacesMessages.error("filterForm:to", "occupancy.error.backwards");
            return;
        }
        if (new OccupancyFilter(null, null, null, null, null, from, to, threshold).months()
                > OccupancyFilter.MAX_MONTHS) {
            FacesMessages.error("filterForm:to", "occupancy.error.tooLong", OccupancyFilter.MAX_MONTHS);
            return;
        }
        report = overview.report(
                new OccupancyFilter(legalBasis, providerId, coordinator, team, location, from, to, threshold));
        drilled = null;
        entries = null;
        export = null;
    }

    public void drillDown(MeasureOccupancy measure) {
        drilled = measure;
        entries = overview.entries(measure.id());
    }

    public void exportExcel() {
        OccupancySheet sheet = sheet();
        export = exports.start(new BackgroundExport(
                "auslastung-" + JobcenterTime.today() + ".xlsx",
                XlsxWriter.CONTENT_TYPE,
                sheet.rows().size(),
                progress -> OccupancyFiles.excel(sheet, progress)));
    }

    public void exportPdf() {
        OccupancySheet sheet = sheet();
        List<String> footer = letterheads.current().footer();
        String author = currentUser.getProfile().displayName();
        export = exports.start(new BackgroundExport(
                "auslastung-" + JobcenterTime.today() + ".pdf",
                Downloads.PDF,
                sheet.rows().size(),
                progress -> OccupancyFiles.pdf(sheet, footer, author, progress)));
    }

    /** Polled while an export runs. */
    public void checkExport() {
        if (export != null && export.isFailed()) {
            export = null;
            FacesMessages.error(null, "occupancy.error.export");
        }
    }

    public StreamedContent getExportFile() {
        return export.download();
    }

    private OccupancySheet sheet() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return OccupancySheet.of(report, filterLines(), bundle, localeSelection.getLocale());
    }

    /** The filter in words, stated on every export. */
    public List<String> filterLines() {
        String all = Messages.get("occupancy.all");
        OccupancyFilter f = report.filter();
        return List.of(
                Messages.get("occupancy.filter.period", month(f.from()), month(f.to())),
                Messages.get(
                        "occupancy.filter.legalBasis",
                        f.legalBasis() == null
                                ? all
                                : Messages.get("LegalBasis." + f.legalBasis().name())),
                Messages.get(
                        "occupancy.filter.provider",
                        label(
                                choices.providers(),
                                f.providerId() == null ? null : f.providerId().toString(),
                                all)),
                Messages.get("occupancy.filter.coordinator", label(choices.coordinators(), f.coordinator(), all)),
                Messages.get("occupancy.filter.team", blank(f.team()) ? all : f.team()),
                Messages.get("occupancy.filter.location", blank(f.location()) ? all : f.location()),
                Messages.get("occupancy.filter.threshold", f.thresholdPercent()));
    }

    /** Chart.js configuration: the fill rate of all filtered measures month by month, with the threshold. */
    public String getTrendChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder rates = Json.createArrayBuilder();
        JsonArrayBuilder line = Json.createArrayBuilder();
        List<Integer> trend = report.trend();
        for (int i = 0; i < report.months().size(); i++) {
            labels.add(month(report.months().get(i)));
            if (trend.get(i) == null) {
                rates.addNull();
            } else {
                rates.add(trend.get(i));
            }
            line.add(report.filter().thresholdPercent());
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", Messages.get("occupancy.fillRate"))
                                                        .add("data", rates)
                                                        .add("borderColor", "#1f5f8b")
                                                        .add("backgroundColor", "#1f5f8b"))
                                                .add(Json.createObjectBuilder()
                                                        .add("label", Messages.get("occupancy.threshold"))
                                                        .add("data", line)
                                                        .add("borderColor", "#8b1f1f")
                                                        .add(
                                                                "borderDash",
                                                                Json.createArrayBuilder()
                                                                        .add(6)
                                                                        .add(4))
                                                        .add("pointRadius", 0))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add("suggestedMax", 100)
                                                                .add(
                                                                        "title",
                                                                        Json.createObjectBuilder()
                                                                                .add("display", true)
                                                                                .add("text", "%")))))
                .build()
                .toString();
    }

    /** The months the period choice offers, newest last. */
    public List<SelectItem> getMonths() {
        YearMonth now = YearMonth.from(JobcenterTime.today());
        List<SelectItem> items = new ArrayList<>();
        for (YearMonth m = now.minusMonths(MONTHS_BACK);
                !m.isAfter(now.plusMonths(MONTHS_AHEAD));
                m = m.plusMonths(1)) {
            items.add(new SelectItem(m, month(m)));
        }
        return items;
    }

    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MM/yyyy").format(month);
    }

    private static String label(List<OccupancyChoices.Option> options, String value, String all) {
        return value == null || value.isBlank()
                ? all
                : options.stream()
                        .filter(o -> o.value().equals(value))
                        .map(OccupancyChoices.Option::label)
                        .findFirst()
                        .orElse(value);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public OccupancyReport getReport() {
        return report;
    }

    public OccupancyChoices getChoices() {
        return choices;
    }

    public MeasureOccupancy getDrilled() {
        return drilled;
    }

    public List<EntryAllocations> getEntries() {
        return entries;
    }

    public BackgroundExport getExport() {
        return export;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(LegalBasis legalBasis) {
        this.legalBasis = legalBasis;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public String getCoordinator() {
        return coordinator;
    }

    public void setCoordinator(String coordinator) {
        this.coordinator = coordinator;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public YearMonth getFrom() {
        return from;
    }

    public void setFrom(YearMonth from) {
        this.from = from;
    }

    public YearMonth getTo() {
        return to;
    }

    public void setTo(YearMonth to) {
        this.to = to;
    }

    public int getThreshold() {
        return threshold;
    }

    public void setThreshold(int threshold) {
        this.threshold = threshold;
    }
}
