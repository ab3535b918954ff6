package de.nahbar.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.PostgresForTests;
import de.nahbar.it.support.ServerLog;

/**
 * Bad input everywhere: every form of every page, as a member of staff who may use it, is sent
 * with every field holding oversize text, a wrong type, negative and huge numbers, an impossible
 * date, markup and script, an SQL fragment, control characters and long Unicode (maxlength taken
 * off, as a tampered request would). Expected each time: the page stays (no error page, no stack
 * trace, no session lost), messages are plain German without technical ids, nothing sent comes
 * back as markup, and the server log has no ERROR and no warning. Forms that a button opens are opened first.
 * The walk takes the demo colleagues no other test works with, so it disturbs no other test.
 */
class BadInputWalkerIT extends BrowserTestCase {

    private static final String MARKUP = "<img src=\"x\" data-pwned=\"1\"><script data-pwned=\"1\">window.pwned=1</script>";

    private static final Map<String, String> PAYLOADS = Map.of(
            "oversize", "Ü".repeat(20_000),
            "wrong type", "zwölf Komma fünf",
            "negative", "-1",
            "huge number", "99999999999999999999999999",
            "impossible date", "31.02.2026",
            "markup", MARKUP,
            "sql", "x' OR '1'='1'; DROP TABLE customer; --",
            "control characters", "a\u0000b\u0007c\u001b[31md\u202Ee\r\nf",
            "long unicode", "Ärztin 👩‍⚕️ Çağrı 中文 עברית ".repeat(200));

    /** Paging and sorting parameters of a PrimeFaces table as a forged request would send them (ID: the table). */
    private static final Map<String, String> TABLE_TAMPERING = Map.of(
            "negative first row", "[{\"name\":\"ID_pagination\",\"value\":true},{\"name\":\"ID_first\",\"value\":-5},"
                    + "{\"name\":\"ID_rows\",\"value\":20},{\"name\":\"ID_encodeFeature\",\"value\":true}]",
            "a million rows", "[{\"name\":\"ID_pagination\",\"value\":true},{\"name\":\"ID_first\",\"value\":0},"
                    + "{\"name\":\"ID_rows\",\"value\":1000000},{\"name\":\"ID_encodeFeature\",\"value\":true}]",
            "rows not a number", "[{\"name\":\"ID_pagination\",\"value\":true},{\"name\":\"ID_first\",\"value\":\"x\"},"
                    + "{\"name\":\"ID_rows\",\"value\":\"zwanzig\"},{\"name\":\"ID_encodeFeature\",\"value\":true}]",
            "unknown sort column", "[{\"name\":\"ID_sorting\",\"value\":true},{\"name\":\"ID_sortKey\",\"value\":\"x'; DROP TABLE customer; --\"},"
                    + "{\"name\":\"ID_sortDir\",\"value\":\"-7\"},{\"name\":\"ID_encodeFeature\",\"value\":true}]");

    /** Technical texts a message to a person must not contain: client ids, English defaults, traces. */
    private static final Pattern TECHNICAL = Pattern.compile(
            "j_id|\\w+Form:\\w+|tabs:|Validation Error|Conversion Error|Exception|\\{\\d}|must not|must be");
    private static final Pattern STACK_TRACE = Pattern.compile("at [a-z]+\\.[\\w.$]+\\([\\w$]+\\.java:\\d+\\)");

    /** What the walker does not press: leaving, downloads, letters, and what would end or undo something. */
    private static final String NOT_PRESSED =
            "abbrechen|abmelden|excel|pdf|export|herunterladen|drucken|dossier|brief|beenden|löschen|entfernen|aufheben|zurückziehen|stornieren";

    private static final String FILLABLE = "input[type=text], input[type=search], input[type=email], input[type=tel],"
            + " input[type=number], input[type=password], input:not([type]), textarea, input[type=hidden][id$=_hinput]";

    private record Row(String login, String path, List<String> openers) {
    }

    @Test
    void everyFormOfEveryPageTakesBadInputWithAGermanMessageAndNeverAnError() {
        List<Row> rows = rows();
        assertThat(rows.stream().map(r -> r.path().replaceAll("\\?.*", "")).distinct())
                .as("every page of the access matrix is walked")
                .containsAll(PageAccessMatrixIT.PAGES.keySet().stream().map(p -> p.replaceAll("\\?.*", "")).toList());

        ServerLog log = ServerLog.mark();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        String loggedIn = null;
        for (Row row : rows) {
            if (!row.login().equals(loggedIn)) {
                browser.close();
                browser = Browser.start();
                browser.login(row.login(), PASSWORD);
                loggedIn = row.login();
            }
            long started = System.nanoTime();
            int before = sent;
            sent += walk(row, wrong);
            System.out.printf("%s %s: %d sent in %d ms%n", row.login(), row.path(), sent - before,
                    (System.nanoTime() - started) / 1_000_000);
        }
        assertThat(wrong).as("bad input that was not answered properly").isEmpty();
        assertThat(log.errors()).as("server log").isEmpty();
        assertThat(log.lines()).as("warnings in the server log").noneMatch(l -> l.contains(" WARN ") || l.contains(" WARNING "));
        // what people type (a note may be about a customer's health) never reaches the server log
        assertThat(log.lines()).as("typed text in the server log")
                .noneMatch(l -> l.contains("zwölf Komma fünf") || l.contains("DROP TABLE customer") || l.contains("Çağrı"));
        assertThat(sent).as("forms × buttons × payloads sent").isGreaterThan(300);
    }

    private int walk(Row row, List<String> wrong) {
        int sent = 0;
        Set<String> done = new LinkedHashSet<>();
        List<String> openers = new ArrayList<>();
        openers.add(null);
        openers.addAll(row.openers());
        for (String opener : openers) {
            open(row, opener);
            for (List<String> formAndButton : formsAndButtons()) {
                String form = formAndButton.get(0);
                String button = formAndButton.get(1);
                if (!done.add((form + "/" + button).replaceAll(":\\d+:", ":#:"))) {
                    continue;
                }
                for (Map.Entry<String, String> payload : PAYLOADS.entrySet()) {
                    String where = row.login() + " " + row.path() + (opener == null ? "" : " after " + opener) + " "
                            + form + " › " + button + " with " + payload.getKey() + ": ";
                    if (!js("return !!document.getElementById(arguments[0]) && !!document.getElementById(arguments[1]);",
                            form, button).equals(Boolean.TRUE)) {
                        open(row, opener);
                        if (!js("return !!document.getElementById(arguments[0]);", button).equals(Boolean.TRUE)) {
                            break;
                        }
                    }
                    js("const value = arguments[1];"
                            + "for (const f of document.getElementById(arguments[0]).querySelectorAll(arguments[2])) {"
                            + "  if (f.disabled) continue; f.removeAttribute('maxlength'); f.value = value; }",
                            form, payload.getValue(), FILLABLE);
                    js("document.getElementById(arguments[0]).click();", button);
                    settle();
                    sent++;
                    check(where, wrong);
                }
            }
        }
        sent += tamperTables(row, wrong);
        // what was stored comes back as text, never as markup
        open(row, null);
        check(row.login() + " " + row.path() + " reloaded: ", wrong);
        return sent;
    }

    /** Paging and sorting of every table, tampered as a forged request would: each answered like any request. */
    @SuppressWarnings("unchecked")
    private int tamperTables(Row row, List<String> wrong) {
        int sent = 0;
        open(row, null);
        List<String> tables = (List<String>) js("return [...document.querySelectorAll('main .ui-datatable[id]')]"
                + ".filter(t => t.closest('form')).map(t => t.id);");
        for (String table : tables) {
            for (Map.Entry<String, String> tamper : TABLE_TAMPERING.entrySet()) {
                if (!js("return !!document.getElementById(arguments[0]);", table).equals(Boolean.TRUE)) {
                    open(row, null);
                }
                js("const t = document.getElementById(arguments[0]); const pa = JSON.parse(arguments[1].replaceAll('ID', t.id));"
                        + "PrimeFaces.ab({s: t.id, f: t.closest('form').id, p: t.id, u: t.id, pa: pa});",
                        table, tamper.getValue());
                settle();
                sent++;
                check(row.login() + " " + row.path() + " table " + table + " with " + tamper.getKey() + ": ", wrong);
            }
        }
        return sent;
    }

    private void open(Row row, String opener) {
        browser.open(row.path());
        // tabs load their content when first opened (the case file): open each, so that every form is there
        if (js("const tabs = document.querySelectorAll('main .ui-tabs-nav a'); tabs.forEach(a => a.click()); return tabs.length;")
                instanceof Long count && count > 0) {
            settle();
        }
        if (opener != null) {
            js("const b = document.querySelector(arguments[0]); if (b) b.click();", opener);
            settle();
        }
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> formsAndButtons() {
        return (List<List<String>>) js("const pairs = [];"
                + "for (const f of document.querySelectorAll('main form, #lookupForm')) {"
                + "  if (!f.id || f.querySelectorAll(arguments[0]).length === 0) continue;"
                + "  for (const b of f.querySelectorAll('button[type=submit], input[type=submit]')) {"
                + "    const label = (b.textContent + ' ' + (b.value || '') + ' ' + (b.getAttribute('aria-label') || '')).toLowerCase();"
                + "    if (b.id && !new RegExp(arguments[1]).test(label)) pairs.push([f.id, b.id]);"
                + "  }"
                + "}"
                + "return pairs;", FILLABLE, NOT_PRESSED);
    }

    /** Waits for the page and its Ajax requests, looking every 20 ms (a round trip here takes a few dozen). */
    private void settle() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15), Duration.ofMillis(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage("the page to settle")
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && (!window.PrimeFaces"
                                + " || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0)));")));
    }

    @SuppressWarnings("unchecked")
    private void check(String where, List<String> wrong) {
        String path = browser.path();
        if (path.startsWith("/error/") || path.startsWith("/login")) {
            wrong.add(where + "ended on " + path);
            return;
        }
        String source = browser.pageSource();
        if (source.contains("Ihre Aktion konnte nicht abgeschlossen werden") || STACK_TRACE.matcher(source).find()) {
            wrong.add(where + "error page or stack trace");
        }
        if (!js("return document.querySelectorAll('[data-pwned]').length;").equals(0L)) {
            wrong.add(where + "markup came back as markup");
        }
        for (String message : (List<String>) js("return [...document.querySelectorAll("
                + "'.ui-message-error, .ui-messages-error, .ui-messages-warn, .ui-growl-message')].map(e => e.textContent);")) {
            if (TECHNICAL.matcher(message).find()) {
                wrong.add(where + "technical message \"" + message.strip() + "\"");
            }
        }
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    /** Each page with the colleague who works in it and the buttons that open its further forms. */
    private static List<Row> rows() {
        String customer = PostgresForTests.queryString("select min(c.id) from customer c join staff_member m"
                + " on m.id = c.caseworker_id where m.username = 'i.schmidt'");
        String measure = PostgresForTests.queryString("select min(m.id) from measure m join measure_coordinator mc"
                + " on mc.measure_id = m.id join staff_member s on s.id = mc.staff_member_id where s.username = 'j.weber'");
        String provider = PostgresForTests.queryString("select provider_id from measure where id = ?", Long.parseLong(measure));
        // a deficiency of the walk's own, so that its status changes touch nothing other tests read
        String deficiency = PostgresForTests.queryString("select nextval('deficiency_seq')");
        PostgresForTests.execute("insert into deficiency (id, provider_id, category, description, status, deadline, owner,"
                + " opened_at, version) values (?, ?, 'STAFFING', 'Mangel für den Eingabetest', 'OPEN', current_date + 30,"
                + " 'j.weber', now(), 0)", Long.parseLong(deficiency), Long.parseLong(provider));
        return List.of(
                new Row("i.schmidt", "/caseload/today.xhtml", List.of()),
                new Row("i.schmidt", "/caseload/list.xhtml", List.of()),
                new Row("i.schmidt", "/caseload/deputies.xhtml", List.of()),
                new Row("i.schmidt", "/case/file.xhtml?id=" + customer, List.of()),
                new Row("i.schmidt", "/reach/settings.xhtml", List.of()),
                new Row("i.schmidt", "/reach/trial.xhtml", List.of()),
                new Row("i.schmidt", "/reach/card.xhtml?customer=" + customer, List.of()),
                new Row("i.schmidt", "/reach/invitations.xhtml?customer=" + customer, List.of()),
                new Row("i.schmidt", "/measure/catalogue.xhtml", List.of()),
                new Row("i.schmidt", "/measure/detail.xhtml?id=" + measure, List.of()),
                new Row("i.schmidt", "/provider/directory.xhtml", List.of()),
                new Row("j.weber", "/measure/mine.xhtml", List.of()),
                new Row("j.weber", "/measure/import.xhtml", List.of()),
                new Row("j.weber", "/provider/page.xhtml?id=" + provider, List.of("[id$=':startVisit']",
                        "[id$=':startObservation']", "[id$=':startDeficiency']", "[id$=':addContact']", "[id$=':startMaster']")),
                new Row("j.weber", "/provider/deficiency.xhtml?id=" + deficiency, List.of("[id$=':to']", "[id$=':correct']")),
                new Row("k.fischer", "/team/overview.xhtml", List.of()),
                new Row("k.fischer", "/team/occupancy.xhtml", List.of()),
                new Row("d.krueger", "/admin/staff.xhtml", List.of("[id$=':newLogin']")),
                new Row("d.krueger", "/admin/responsibilities.xhtml", List.of()),
                new Row("e.wagner", "/audit/access-log.xhtml", List.of()));
    }
}
