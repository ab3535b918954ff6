package de.nahbar.provider.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.nahbar.provider.domain.DeficiencyCategory;
import de.nahbar.provider.service.DeficiencyForm;
import de.nahbar.provider.service.DeficiencyService;
import de.nahbar.provider.service.ProviderPage;
import de.nahbar.provider.web.ProviderPageView.Editing;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.ServiceCall;

/**
 * Opening a deficiency from a provider's page: category, description, the deadline for the
 * provider, the measures affected and the observations it is based on. Opened, it has its own
 * page, which the user is taken to.
 */
@Named
@ViewScoped
public class DeficiencyOpeningView implements Serializable {

    @EJB
    private DeficiencyService deficiencies;

    @Inject
    private ProviderPageView providerPage;

    private DeficiencyCategory category;
    private String description;
    private LocalDate deadline;
    private List<Long> affectedMeasures = new ArrayList<>();
    private List<Long> basedOn = new ArrayList<>();

    public void startDeficiency() {
        providerPage.open(Editing.DEFICIENCY);
        category = null;
        description = null;
        deadline = JobcenterTime.today().plusDays(14);
        affectedMeasures = new ArrayList<>();
        basedOn = new ArrayList<>();
    }

    public String openDeficiency() {
        if (affectedMeasures.isEmpty()) {
            // before the service: without a measure, whether the caller may open it cannot be asked
            FacesMessages.error("deficiencyForm:affected", "deficiency.error.noMeasure");
            return null;
        }
        DeficiencyForm form = new DeficiencyForm(category, description, deadline, affectedMeasures, basedOn);
        long[] opened = new long[1];
        boolean done = ServiceCall.of(() -> opened[0] = deficiencies.open(providerPage.getId(), form))
                .field("deadline", "deficiencyForm:deadline")
                .run();
        if (!done) {
            return null;
        }
        FacesMessages.info("deficiency.opened");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/provider/deficiency?faces-redirect=true&id=" + opened[0];
    }

    /** The measures a deficiency may be opened about: for a coordinator those they own, for a team lead all. */
    public List<ProviderPage.MeasureUse> getDeficiencyMeasures() {
        boolean all = FacesContext.getCurrentInstance().getExternalContext().isUserInRole("TEAM_LEAD");
        return providerPage.getPage().measures().stream()
                .filter(m -> all || m.ownedByCaller())
                .toList();
    }

    public DeficiencyCategory getCategory() {
        return category;
    }

    public void setCategory(DeficiencyCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public List<Long> getAffectedMeasures() {
        return affectedMeasures;
    }

    public void setAffectedMeasures(List<Long> affectedMeasures) {
        this.affectedMeasures = affectedMeasures;
    }

    public List<Long> getBasedOn() {
        return basedOn;
    }

    public void setBasedOn(List<Long> basedOn) {
        this.basedOn = basedOn;
    }
}
