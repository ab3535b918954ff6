package de.nahbar.provider.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.StreamedContent;

import de.nahbar.provider.domain.DeficiencyCategory;
import de.nahbar.provider.domain.ObservationTone;
import de.nahbar.provider.service.DeficiencyService;
import de.nahbar.provider.service.ProviderPage;
import de.nahbar.provider.service.ProviderPageQueries;
import de.nahbar.shared.web.Downloads;
import de.nahbar.shared.web.Formats;
import de.nahbar.shared.web.NotFound;
import de.nahbar.shared.web.ServiceCall;
import de.nahbar.staff.web.Letterheads;

/**
 * provider/page.xhtml: one screen about a provider, its dossier, and which of its forms is open
 * (one at a time). Each form has its bean: {@link ProviderVisitView}, {@link
 * ProviderObservationView}, {@link DeficiencyOpeningView}, {@link ProviderContactView}, {@link
 * ProviderMasterDataView}; they send their change through {@link #run}.
 */
@Named
@ViewScoped
public class ProviderPageView implements Serializable {

    @Inject
    private Letterheads letterheads;

    /** Which form is open. */
    public enum Editing {
        NONE,
        VISIT,
        OBSERVATION,
        DEFICIENCY,
        CONTACT,
        MASTER
    }

    @EJB
    private ProviderPageQueries pages;

    @EJB
    private DeficiencyService deficiencies;

    @Inject
    private Formats formats;

    private Long id;
    private ProviderPage page;
    private Editing editing = Editing.NONE;

    /** f:viewAction: loads the provider; an unknown or missing id is a German 404. */
    public void load() throws IOException {
        if (page != null) {
            return;
        }
        page = NotFound.loadOr404(id, pages::of);
    }

    /** Opens one form of the page and closes any other. */
    public void open(Editing form) {
        editing = form;
    }

    /** Sends a form's change: the form closes once it is stored, and the page shows the provider as it is now. */
    public boolean run(ServiceCall change) {
        boolean done =
                change.concurrentChange("provider.error.concurrentChange").run();
        if (done) {
            editing = Editing.NONE;
        }
        page = pages.of(id).orElseThrow();
        return done;
    }

    public void cancel() {
        editing = Editing.NONE;
    }

    public StreamedContent getDossier() {
        byte[] pdf = DossierPdf.render(deficiencies.dossier(id), letterheads.current());
        return Downloads.of("maengeldossier-" + id + "-" + formats.today() + ".pdf", Downloads.PDF, pdf);
    }

    public boolean isEditing(String form) {
        return editing == Editing.valueOf(form);
    }

    public ProviderPage getPage() {
        return page;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ObservationTone[] getTones() {
        return ObservationTone.values();
    }

    public DeficiencyCategory[] getCategories() {
        return DeficiencyCategory.values();
    }
}
