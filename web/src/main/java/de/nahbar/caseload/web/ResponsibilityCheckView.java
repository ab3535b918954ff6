package de.nahbar.caseload.web;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.nahbar.caseload.service.ResponsibilityCheck;
import de.nahbar.shared.web.FacesMessages;

/**
 * admin/benefits.xhtml, after the rules: who would change team under the rules in force (turned
 * 25, or the rules changed), and moving them now instead of in the night.
 */
@Named
@ViewScoped
public class ResponsibilityCheckView implements Serializable {

    @EJB
    private ResponsibilityCheck check;

    private ResponsibilityCheck.Preview preview;

    public void preview() {
        preview = check.preview();
    }

    public void moveNow() {
        int moved = check.moveNow();
        FacesMessages.info("moves.moved", moved);
        preview = check.preview();
    }

    public ResponsibilityCheck.Preview getPreview() {
        return preview;
    }
}
