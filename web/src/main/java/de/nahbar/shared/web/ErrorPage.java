package de.nahbar.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

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

    /**
     * The 403 page: a page the role may not open was refused by the container before any of
     * nahbar's code ran, so the refusal is written here (once; a service's refusal was already).
     */
    public void refuse() {
        answer(403);
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object page = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (page != null) {
            Refusals.log(request, "open " + page);
        }
    }
}
