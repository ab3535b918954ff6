package de.nahbar.measure.web;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import de.nahbar.measure.service.ImportPreview;
import de.nahbar.measure.service.ImportProblem;
import de.nahbar.measure.service.ImportRefusedException;
import de.nahbar.measure.service.MeasureImportService;
import de.nahbar.shared.service.NahbarException;
import de.nahbar.shared.web.FacesMessages;
import de.nahbar.shared.web.Messages;

/**
 * measure/import.xhtml: upload a procurement list (CSV or .xlsx), see row by row what would be
 * created or changed and every error with its row number, then import all rows or none.
 */
@Named
@ViewScoped
public class MeasureImportView implements Serializable {

    @EJB
    private MeasureImportService imports;

    private String fileName;
    private byte[] content;
    private ImportPreview preview;
    private ImportPreview imported;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        content = file.getContent();
        imported = null;
        preview = imports.preview(fileName, content);
    }

    public void importAll() {
        if (preview == null || !preview.valid()) {
            FacesMessages.error(null, "import.refused");
            return;
        }
        try {
            imported = imports.importAll(fileName, content);
            FacesMessages.info("import.done", imported.creates(), imported.updates());
            preview = null;
            content = null;
        } catch (ImportRefusedException e) {
            preview = new ImportPreview(preview.lines(), e.problems());
            FacesMessages.error(null, e.messageKey());
        } catch (NahbarException e) {
            FacesMessages.error(null, e.messageKey());
        }
    }

    /** A problem in German: "Zeile 4, Mindestbelegung: …". */
    public String describe(ImportProblem problem) {
        String text = Messages.get(problem.key(), problem.args().toArray());
        return problem.row() == 0 ? text : Messages.get("import.at", problem.row(), problem.column(), text);
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportPreview getImported() {
        return imported;
    }

    public String getFileName() {
        return fileName;
    }
}
