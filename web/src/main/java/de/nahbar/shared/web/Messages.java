package de.nahbar.shared.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

/** Texts from the "msg" bundle in the current view's language, for Java code. */
public final class Messages {

    private Messages() {}

    /** The bundle of the pages, for answers outside a page (the REST interface): German, nahbar's default. */
    private static final String BASE_NAME = "de.nahbar.web.i18n.messages";

    public static String get(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return format(faces.getApplication().getResourceBundle(faces, "msg"), key, arguments);
    }

    /** The German text where no page asks (a machine's call to the REST interface). */
    public static String german(String key, Object... arguments) {
        return format(ResourceBundle.getBundle(BASE_NAME, Locale.GERMAN), key, arguments);
    }

    private static String format(ResourceBundle bundle, String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(arguments);
    }
}
