package de.nahbar.shared.web;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The language of the session: German unless the user switches to English. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final Set<String> SUPPORTED = Set.of("de", "en");

    private Locale locale = Locale.GERMAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches the language and shows the same page again (post-redirect-get). */
    public String switchTo(String language) {
        if (SUPPORTED.contains(language)) {
            locale = Locale.forLanguageTag(language);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
