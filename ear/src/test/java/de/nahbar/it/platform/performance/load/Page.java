package de.nahbar.it.platform.performance.load;

/** The requests the load benchmark reports, named as in its report. */
public enum Page {
    LOGIN("Anmeldung"),
    MY_DAY("Mein Tag"),
    CASELOAD("Bestand"),
    CASELOAD_ACTIVE("Bestand: Schnellfilter aktiv"),
    CASELOAD_PAGE("Bestand: Seite 2"),
    CASELOAD_SEARCH("Bestand: Suche nach Namen"),
    CASE_FILE("Fallakte"),
    NOTE("Vermerk schreiben"),
    CONTACTS_TAB("Fallakte: Reiter Kontakte öffnen"),
    CONTACT("Kontakt erfassen"),
    CALL_CARD("Anrufkarte"),
    CATALOGUE("Maßnahmekatalog"),
    TEAM("Mein Team (Teamleitung)"),
    STATIC_FILE("zum Vergleich: statische Datei"),
    PING_SERVLET("zum Vergleich: minimales Servlet");

    private final String label;

    Page(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
