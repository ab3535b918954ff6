package de.nahbar.shared.web;

import jakarta.faces.context.FacesContext;

import org.primefaces.component.fileupload.FileUpload;

/**
 * PrimeFaces' file field, checked for the parameter its script sends with every upload: the
 * number of files chosen. A post without it made PrimeFaces fail on the missing count
 * (NumberFormatException, HTTP 500); no browser sends one, so it is refused as forged with 400.
 */
public class CheckedFileUpload extends FileUpload {

    @Override
    protected void validateValue(FacesContext context, Object value) {
        String count =
                context.getExternalContext().getRequestParameterMap().get(getClientId(context) + "_totalFilesCount");
        if ("advanced".equals(getMode()) && value != null && (count == null || !count.matches("\\d{1,3}"))) {
            throw new ForgedRequestException("upload to " + getClientId(context) + " without the count of files");
        }
        super.validateValue(context, value);
    }
}
