package de.nahbar.staff.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import de.nahbar.shared.web.FacesMessages;
import de.nahbar.staff.domain.PasswordRule;
import de.nahbar.staff.service.CurrentStaffService;
import de.nahbar.staff.service.PasswordRefusedException;
import de.nahbar.staff.service.WrongPasswordException;

/**
 * account/password.xhtml: the logged-in person chooses her own password; the first time instead
 * of the start password she was handed (every page leads here until then, see SessionCheck).
 */
@Named
@RequestScoped
public class PasswordChangeView implements Serializable {

    private static final String FORM = "passwordForm:";

    @EJB
    private CurrentStaffService currentStaff;

    private String current;
    private String next;
    private String repeated;

    public void change() throws IOException {
        if (next != null && !next.equals(repeated)) {
            FacesMessages.error(FORM + "repeated", "account_password.mismatch");
            return;
        }
        try {
            long revision = currentStaff.changePassword(current, next);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            SessionCheck.goOnAt((HttpServletRequest) external.getRequest(), revision);
            external.getFlash().setKeepMessages(true);
            FacesMessages.info("account_password.changed");
            external.redirect(external.getRequestContextPath() + "/");
        } catch (WrongPasswordException e) {
            FacesMessages.error(FORM + "current", e.messageKey());
        } catch (PasswordRefusedException e) {
            FacesMessages.error(FORM + "next", e.messageKey());
        }
    }

    public boolean isMustChange() {
        return currentStaff.standing().passwordMustChange();
    }

    public int getMaxLength() {
        return PasswordRule.MAX_LENGTH;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
