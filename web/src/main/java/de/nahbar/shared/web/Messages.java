package de.nahbar.shared.web;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

/** Texts from the "msg" bundle in the current view's language, for Java code. */
public final class Messages {

    private Messages() {}

    public static String get(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(arguments);
    }
}
