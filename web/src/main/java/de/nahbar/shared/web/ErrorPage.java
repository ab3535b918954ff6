package de.nahbar.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The error pages answer with their own status, also when a refusal reached them by redirect
 * (PrimeFaces' exception handler redirects to the page web.xml names): a 403 page that said
 * 200 would tell a client that the refused request had worked.
 */
@Named
@RequestScoped
public class ErrorPage {

    public void answer(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }
}
