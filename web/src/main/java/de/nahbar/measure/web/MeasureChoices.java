package de.nahbar.measure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.PlacementStatus;
import de.nahbar.measure.domain.ProposalOutcome;
import de.nahbar.measure.domain.ReportHandling;
import de.nahbar.measure.domain.ReportKind;
import de.nahbar.measure.domain.TargetGroup;
import de.nahbar.measure.service.CoordinationService;

/** The values the measure forms and filters offer, in their declared order ("#{measureChoices.legalBases}"). */
@Named
@ApplicationScoped
public class MeasureChoices {

    public LegalBasis[] getLegalBases() {
        return LegalBasis.values();
    }

    public TargetGroup[] getTargetGroups() {
        return TargetGroup.values();
    }

    public ProposalOutcome[] getOutcomes() {
        return ProposalOutcome.values();
    }

    public ReportKind[] getReportKinds() {
        return ReportKind.values();
    }

    public ReportHandling[] getReportHandlings() {
        return ReportHandling.values();
    }

    public PlacementStatus[] getParticipationChanges() {
        return CoordinationService.PARTICIPATION_CHANGES.toArray(PlacementStatus[]::new);
    }
}
