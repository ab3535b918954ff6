package de.nahbar.provider.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.StreamedContent;

import de.nahbar.provider.service.DeficiencyDeadlineTimer;
import de.nahbar.provider.service.ProviderDirectoryQueries;
import de.nahbar.provider.service.ProviderFilter;
import de.nahbar.provider.service.ProviderRow;
import de.nahbar.shared.web.Downloads;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.Formats;
import de.nahbar.shared.web.Messages;
import de.nahbar.shared.web.PagedModel;
import de.nahbar.shared.web.XlsxWriter;

/** provider/directory.xhtml: the providers, searched, counted and paged in the database; Excel export of the filter. */
@Named
@ViewScoped
public class ProviderDirectoryView implements Serializable {

    @EJB
    private ProviderDirectoryQueries directory;

    @EJB
    private DeficiencyDeadlineTimer deadlines;

    @Inject
    private Formats formats;

    private String text;
    private ProviderFilter.Certification certification;
    private boolean openDeficienciesOnly;

    private ProviderFilter filter = ProviderFilter.all();
    private PagedModel<ProviderRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(
                () -> directory.count(filter),
                (first, size, sortField, ascending) -> directory.page(filter, first, size),
                ProviderRow::id);
    }

    public void apply() {
        filter = new ProviderFilter(text, certification, openDeficienciesOnly);
    }

    public void reset() {
        text = null;
        certification = null;
        openDeficienciesOnly = false;
        apply();
    }

    /** The morning's deadline check run now, for the administrator (for example after the server was down at that hour). */
    public void checkDeadlines() {
        FacesMessages.info("provider_directory.deadlinesChecked", deadlines.markOverdueNow());
    }

    public StreamedContent getExport() {
        List<ProviderRow> rows = directory.page(filter, 0, ProviderDirectoryQueries.EXPORT_MAX);
        List<String> header = List.of(
                Messages.get("provider.name"),
                Messages.get("provider.address"),
                Messages.get("provider.phone"),
                Messages.get("provider.certification"),
                Messages.get("provider.certifiedUntil"),
                Messages.get("provider.contracts"),
                Messages.get("provider.measures"),
                Messages.get("provider.places"),
                Messages.get("provider.taken"),
                Messages.get("provider.contacts"),
                Messages.get("provider.openDeficiencies"),
                Messages.get("provider.overdueDeficiencies"));
        List<List<String>> cells = rows.stream()
                .map(r -> List.of(
                        r.name(),
                        nullToEmpty(r.address()),
                        nullToEmpty(r.phone()),
                        nullToEmpty(r.certification()),
                        formats.date(r.certifiedUntil()),
                        r.contractList(),
                        Long.toString(r.measures()),
                        Long.toString(r.places()),
                        Long.toString(r.taken()),
                        Long.toString(r.contacts()),
                        Long.toString(r.openDeficiencies()),
                        Long.toString(r.overdueDeficiencies())))
                .toList();
        return Downloads.of(
                "traeger-" + formats.today() + ".xlsx",
                XlsxWriter.CONTENT_TYPE,
                XlsxWriter.write(Messages.get("provider_directory.title"), header, cells));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public ProviderFilter.Certification[] getCertifications() {
        return ProviderFilter.Certification.values();
    }

    public PagedModel<ProviderRow> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ProviderFilter.Certification getCertification() {
        return certification;
    }

    public void setCertification(ProviderFilter.Certification certification) {
        this.certification = certification;
    }

    public boolean isOpenDeficienciesOnly() {
        return openDeficienciesOnly;
    }

    public void setOpenDeficienciesOnly(boolean openDeficienciesOnly) {
        this.openDeficienciesOnly = openDeficienciesOnly;
    }
}
