package de.nahbar.it.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

import de.nahbar.it.support.Browser;
import de.nahbar.it.support.BrowserTestCase;
import de.nahbar.it.support.PostgresForTests;
import de.nahbar.it.support.ServerLog;
import de.nahbar.it.support.TestRecords;

/**
 * Bad input everywhere: every form of every page, as a member of staff who may use it, is sent
 * with every field holding oversize text, a wrong type, negative and huge numbers, an impossible
 * date, markup and script, an SQL fragment, control characters and long Unicode (maxlength taken
 * off, as a tampered request would); every date and time field with past, future and edge
 * values; every file field with an oversize, an empty, a foreign and a polyglot file. Expected
 * each time: the page stays (no error page, no stack trace, no session lost), messages are plain
 * German without technical ids, nothing sent comes back as markup, a refused file is told. Then
 * every page gets forged Faces parameters (view state, partial-request parameters, unknown
 * component and tab ids, another record's id, an upload without PrimeFaces' file count): each is
 * answered 200 or 400, never 500, with the security headers and without a stack trace. The server
 * log has no ERROR and no warning but the security log's refusals of the forged requests. Forms
 * that a button opens are opened first. The walk takes the demo colleagues no other test works
 * with, so it disturbs no other test.
 */
class BadInputWalkerIT extends BrowserTestCase {

    private static final String MARKUP =
            "<img src=\"x\" data-pwned=\"1\"><script data-pwned=\"1\">window.pwned=1</script>";

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

    /** For date and time fields only: the far past and future, leap days, midnight and impossible times. */
    private static final List<String> DATE_PAYLOADS = List.of(
            "01.01.1900",
            "31.12.9999",
            "29.02.2025",
            "29.02.2028",
            "01.01.0001 00:00",
            "31.12.2099 23:59",
            "24.12.2026 24:00",
            "01.12.2026 25:61",
            "00.00.0000",
            "-1.-1.-1");

    /** Dates relative to today, in both forms the pickers take. */
    private static List<String> relativeDates() {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
        LocalDateTime now = LocalDateTime.now();
        return List.of(
                day.format(now.minusDays(1)),
                minute.format(now.minusMinutes(10)),
                day.format(now.plusYears(30)),
                minute.format(now.plusMinutes(3)),
                day.format(now));
    }

    private static final String DATE_FIELDS =
            "main .ui-calendar input[id$='_input'], main .ui-datepicker input[id$='_input']";

    /** Paging and sorting parameters of a PrimeFaces table as a forged request would send them (ID: the table). */
    private static final Map<String, String> TABLE_TAMPERING = Map.of(
            "negative first row",
                    "[{\"name\":\"ID_pagination\",\"value\":true},{\"name\":\"ID_first\",\"value\":-5},"
                            + "{\"name\":\"ID_rows\",\"value\":20},{\"name\":\"ID_encodeFeature\",\"value\":true}]",
            "a million rows",
                    "[{\"name\":\"ID_pagination\",\"value\":true},{\"name\":\"ID_first\",\"value\":0},"
                            + "{\"name\":\"ID_rows\",\"value\":1000000},{\"name\":\"ID_encodeFeature\",\"value\":true}]",
            "rows not a number",
                    "[{\"name\":\"ID_pagination\",\"value\":true},{\"name\":\"ID_first\",\"value\":\"x\"},"
                            + "{\"name\":\"ID_rows\",\"value\":\"zwanzig\"},{\"name\":\"ID_encodeFeature\",\"value\":true}]",
            "unknown sort column",
                    "[{\"name\":\"ID_sorting\",\"value\":true},{\"name\":\"ID_sortKey\",\"value\":\"x'; DROP TABLE customer; --\"},"
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

    private record Row(String login, String path, List<String> openers) {}

    @Test
    void everyFormOfEveryPageTakesBadInputWithAGermanMessageAndNeverAnError() {
        List<Row> rows = rows();
        assertThat(rows.stream().map(r -> r.path().replaceAll("\\?.*", "")).distinct())
                .as("every page of the access matrix is walked")
                .containsAll(PageAccessMatrixIT.PAGES.keySet().stream()
                        .map(p -> p.replaceAll("\\?.*", ""))
                        .toList());

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
            System.out.printf(
                    "%s %s: %d sent in %d ms%n",
                    row.login(), row.path(), sent - before, (System.nanoTime() - started) / 1_000_000);
        }
        assertThat(wrong).as("bad input that was not answered properly").isEmpty();
        assertThat(log.errors()).as("server log").isEmpty();
        assertThat(log.lines())
                .as("warnings in the server log, but the refusals of forged requests")
                .filteredOn(l -> l.contains(" WARN ") || l.contains(" WARNING "))
                .allMatch(l -> l.contains("[de.nahbar.security]") && l.contains(" may not send "));
        // what people type (a note may be about a customer's health) never reaches the server log
        assertThat(log.lines())
                .as("typed text in the server log")
                .noneMatch(l ->
                        l.contains("zwölf Komma fünf") || l.contains("DROP TABLE customer") || l.contains("Çağrı"));
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
                    if (!js(
                                    "return !!document.getElementById(arguments[0]) && !!document.getElementById(arguments[1]);",
                                    form,
                                    button)
                            .equals(Boolean.TRUE)) {
                        open(row, opener);
                        if (!js("return !!document.getElementById(arguments[0]);", button)
                                .equals(Boolean.TRUE)) {
                            break;
                        }
                    }
                    js(
                            "const value = arguments[1];"
                                    + "for (const f of document.getElementById(arguments[0]).querySelectorAll(arguments[2])) {"
                                    + "  if (f.disabled) continue; f.removeAttribute('maxlength'); f.value = value; }",
                            form,
                            payload.getValue(),
                            FILLABLE);
                    js("document.getElementById(arguments[0]).click();", button);
                    settle();
                    sent++;
                    check(where, wrong);
                }
            }
        }
        sent += walkDates(row, wrong);
        sent += walkFiles(row, wrong);
        sent += tamperTables(row, wrong);
        sent += forgeFacesParameters(row, wrong);
        // what was stored comes back as text, never as markup
        open(row, null);
        check(row.login() + " " + row.path() + " reloaded: ", wrong);
        return sent;
    }

    /** Every date and time field of a form with each date payload, the form's button pressed each time. */
    private int walkDates(Row row, List<String> wrong) {
        int sent = 0;
        List<String> dates = new ArrayList<>(DATE_PAYLOADS);
        dates.addAll(relativeDates());
        open(row, null);
        List<List<String>> withDates = formsAndButtons().stream()
                .filter(fb -> js(
                                "return document.getElementById(arguments[0])"
                                        + ".querySelectorAll(arguments[1]).length > 0;",
                                fb.get(0),
                                DATE_FIELDS)
                        .equals(Boolean.TRUE))
                .toList();
        for (List<String> formAndButton : withDates) {
            String form = formAndButton.get(0);
            String button = formAndButton.get(1);
            for (String date : dates) {
                if (!js(
                                "return !!document.getElementById(arguments[1]) && !!document.getElementById(arguments[0])"
                                        + " && document.getElementById(arguments[0]).querySelectorAll(arguments[2]).length > 0;",
                                form,
                                button,
                                DATE_FIELDS)
                        .equals(Boolean.TRUE)) {
                    open(row, null);
                    if (!js(
                                    "return !!document.getElementById(arguments[0]) && document.getElementById(arguments[0])"
                                            + ".querySelectorAll(arguments[1]).length > 0;",
                                    form,
                                    DATE_FIELDS)
                            .equals(Boolean.TRUE)) {
                        break;
                    }
                }
                js(
                        "for (const f of document.getElementById(arguments[0]).querySelectorAll(arguments[2])) {"
                                + " if (!f.disabled) { f.removeAttribute('maxlength'); f.value = arguments[1]; } }",
                        form,
                        date,
                        DATE_FIELDS);
                js("document.getElementById(arguments[0]).click();", button);
                settle();
                sent++;
                check(
                        row.login() + " " + row.path() + " " + form + " › " + button + " with date " + date + ": ",
                        wrong);
            }
        }
        return sent;
    }

    /** Every file field with a file over 5 MB, an empty one, one of a foreign type and a polyglot; each refusal is told. */
    private int walkFiles(Row row, List<String> wrong) {
        int sent = 0;
        open(row, null);
        @SuppressWarnings("unchecked")
        List<String> fields = (List<String>)
                js("return [...document.querySelectorAll('main form input[type=file][id]')].map(f => f.id);");
        for (String field : fields) {
            for (Map.Entry<String, Path> file : badFiles().entrySet()) {
                open(row, null);
                if (!js("return !!document.getElementById(arguments[0]);", field)
                        .equals(Boolean.TRUE)) {
                    break;
                }
                browser.driver()
                        .findElement(By.id(field))
                        .sendKeys(file.getValue().toString());
                sent++;
                String where = row.login() + " " + row.path() + " " + field + " with " + file.getKey() + " file: ";
                try {
                    // the upload starts after the file is chosen: wait for the refusal to be told
                    new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Duration.ofMillis(50))
                            .until(d ->
                                    js("return [...document.querySelectorAll('main .ui-message-error, main .ui-messages-error, main [role=alert]')]"
                                                    + ".some(e => e.textContent.trim().length > 0);")
                                            .equals(Boolean.TRUE));
                } catch (TimeoutException silent) {
                    wrong.add(where + "refused without a word");
                }
                settle();
                check(where, wrong);
            }
        }
        return sent;
    }

    private static Map<String, Path> badFiles;

    private static Map<String, Path> badFiles() {
        if (badFiles == null) {
            try {
                Path dir = Files.createTempDirectory("nahbar-bad-files");
                Map<String, Path> files = new LinkedHashMap<>();
                byte[] big = new byte[6 * 1024 * 1024];
                System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
                files.put("oversize", Files.write(dir.resolve("gross.pdf"), big));
                files.put("empty", Files.write(dir.resolve("leer.pdf"), new byte[0]));
                files.put("foreign", Files.write(dir.resolve("programm.csv"), new byte[] {'M', 'Z', 0, 0, 1, 2}));
                files.put(
                        "polyglot",
                        Files.writeString(
                                dir.resolve("brief.pdf"),
                                "%PDF-1.4\n<html><body><script>window.pwned=1</script></body></html>\n%%EOF"));
                badFiles = files;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return badFiles;
    }

    /**
     * Posts from the page itself, with its cookie, view state and nonce, the Faces parameters a
     * browser never sends: each variant is answered 200 or 400 (some must be 400), never 500, never
     * without the security headers or with a stack trace.
     */
    @SuppressWarnings("unchecked")
    private int forgeFacesParameters(Row row, List<String> wrong) {
        int sent = 0;
        open(row, null);
        List<Map<String, Object>> answers = (List<Map<String, Object>>)
                ((JavascriptExecutor) browser.driver())
                        .executeAsyncScript(
                                "const done = arguments[arguments.length - 1];"
                                        + "const form = [...document.querySelectorAll('main form[id]')][0] || document.querySelector('form[id]');"
                                        + "const base = () => { const d = new URLSearchParams(new FormData(form));"
                                        + "  d.set('primefaces.nonce', PrimeFaces.csp.NONCE_VALUE); return d; };"
                                        + "const ajax = (d, source, execute, render) => { d.set('jakarta.faces.partial.ajax', 'true');"
                                        + "  d.set('jakarta.faces.source', source); d.set('jakarta.faces.partial.execute', execute);"
                                        + "  d.set('jakarta.faces.partial.render', render); return d; };"
                                        + "const variants = [];"
                                        + "variants.push(['stateless view state', 400, (d => { d.set('jakarta.faces.ViewState', 'stateless'); return d; })(base()), false]);"
                                        + "variants.push(['view state not a number', 400, (d => { d.set('jakarta.faces.ViewState', 'x<script>'); return d; })(base()), false]);"
                                        + "variants.push(['unknown source', 0, ajax(base(), 'gibt:es:nicht', 'gibt:es:nicht', 'gibt:es:nicht'), true]);"
                                        + "variants.push(['unknown render', 0, ajax(base(), form.id, '@form', 'nirgends:da @none'), true]);"
                                        + "variants.push(['unknown event', 0, (d => { d.set('jakarta.faces.behavior.event', 'nichts');"
                                        + "  d.set('jakarta.faces.partial.event', 'nichts'); return d; })(ajax(base(), form.id, '@this', '@none')), true]);"
                                        + "for (const t of document.querySelectorAll('.ui-tabs[id]')) {"
                                        + "  const d = ajax(base(), t.id, t.id, t.id); d.set(t.id + '_contentLoad', 'true');"
                                        + "  d.set(t.id + '_currentTab', t.id + ':gibtEsNicht'); d.set(t.id + '_tabindex', '99');"
                                        + "  variants.push(['unknown tab of ' + t.id, 400, d, true]); }"
                                        + "const record = /[?&](\\w+)=(\\d+)/.exec(location.search);"
                                        + "if (record) { const d = base(); d.set(record[1], String(Number(record[2]) + 1));"
                                        + "  variants.push(['another record', 400, d, false]); }"
                                        + "const files = [...document.querySelectorAll('main form input[type=file][id]')];"
                                        + "const posts = variants.map(([name, expected, data, isAjax]) => fetch(location.pathname, {method: 'POST', body: data,"
                                        + "  headers: isAjax ? {'Faces-Request': 'partial/ajax'} : {}, redirect: 'manual'})"
                                        + "  .then(r => r.text().then(body => ({name, expected, status: r.status, frame: r.headers.get('X-Frame-Options'), body}))));"
                                        + "for (const f of files) { const owner = f.closest('form'); const fd = new FormData();"
                                        + "  for (const [k, v] of base()) fd.append(k, v); fd.set('jakarta.faces.partial.ajax', 'true');"
                                        + "  const id = f.id.replace(/_input$/, ''); fd.set('jakarta.faces.source', id); fd.set('jakarta.faces.partial.execute', id);"
                                        + "  fd.set(owner.id, owner.id); fd.append(id, new Blob(['%PDF-1.4'], {type: 'application/pdf'}), 'a.pdf');"
                                        + "  posts.push(fetch(location.pathname, {method: 'POST', body: fd, headers: {'Faces-Request': 'partial/ajax'}})"
                                        + "    .then(r => r.text().then(body => ({name: 'upload without file count to ' + id, expected: 400, status: r.status,"
                                        + "      frame: r.headers.get('X-Frame-Options'), body})))); }"
                                        + "Promise.all(posts).then(done, e => done([{name: 'fetch', expected: 0, status: -1, frame: null, body: String(e)}]));");
        for (Map<String, Object> answer : answers) {
            sent++;
            String where = row.login() + " " + row.path() + " forged " + answer.get("name") + ": ";
            long status = ((Number) answer.get("status")).longValue();
            long expected = ((Number) answer.get("expected")).longValue();
            String body = String.valueOf(answer.get("body"));
            if (expected != 0 ? status != expected : status != 200 && status != 400 && status != 0) {
                wrong.add(where + "answered " + status + (expected != 0 ? " instead of " + expected : ""));
            }
            if (status != 0 && !"DENY".equals(answer.get("frame"))) {
                wrong.add(where + "answer without the security headers");
            }
            if (STACK_TRACE.matcher(body).find()
                    || body.contains("/error/500.xhtml")
                    || body.contains("Ihre Aktion konnte nicht abgeschlossen werden")) {
                wrong.add(where + "error page or stack trace");
            }
        }
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
                if (!js("return !!document.getElementById(arguments[0]);", table)
                        .equals(Boolean.TRUE)) {
                    open(row, null);
                }
                js(
                        "const t = document.getElementById(arguments[0]); const pa = JSON.parse(arguments[1].replaceAll('ID', t.id));"
                                + "PrimeFaces.ab({s: t.id, f: t.closest('form').id, p: t.id, u: t.id, pa: pa});",
                        table,
                        tamper.getValue());
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
        if (js(
                                "const tabs = document.querySelectorAll('main .ui-tabs-nav a'); tabs.forEach(a => a.click()); return tabs.length;")
                        instanceof Long count
                && count > 0) {
            settle();
        }
        if (opener != null) {
            js("const b = document.querySelector(arguments[0]); if (b) b.click();", opener);
            settle();
        }
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> formsAndButtons() {
        return (List<List<String>>) js(
                "const pairs = [];"
                        + "for (const f of document.querySelectorAll('main form, #lookupForm')) {"
                        + "  if (!f.id || f.querySelectorAll(arguments[0]).length === 0) continue;"
                        + "  for (const b of f.querySelectorAll('button[type=submit], input[type=submit]')) {"
                        + "    const label = (b.textContent + ' ' + (b.value || '') + ' ' + (b.getAttribute('aria-label') || '')).toLowerCase();"
                        + "    if (b.id && !new RegExp(arguments[1]).test(label)) pairs.push([f.id, b.id]);"
                        + "  }"
                        + "}"
                        + "return pairs;",
                FILLABLE,
                NOT_PRESSED);
    }

    /** Waits for the page and its Ajax requests, looking every 20 ms (a round trip here takes a few dozen). */
    private void settle() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15), Duration.ofMillis(20))
                .ignoring(StaleElementReferenceException.class)
                .withMessage("the page to settle")
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
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
        if (source.contains("Ihre Aktion konnte nicht abgeschlossen werden")
                || STACK_TRACE.matcher(source).find()) {
            wrong.add(where + "error page or stack trace");
        }
        if (!js("return document.querySelectorAll('[data-pwned]').length;").equals(0L)) {
            wrong.add(where + "markup came back as markup");
        }
        for (String message : (List<String>)
                js(
                        "return [...document.querySelectorAll("
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
        // a deficiency of the walk's own about one of j.weber's measures: status changes touch nothing
        // other tests read, and j.weber manages it, so that its evidence form is walked too
        TestRecords.OwnDeficiency own = TestRecords.deficiencyOf("j.weber", "Mangel für den Eingabetest");
        String measure = String.valueOf(own.measure());
        String provider = String.valueOf(own.provider());
        String deficiency = String.valueOf(own.id());
        // a login of the walk's own for the administrator's login page: whatever its forms do touches nobody else
        PostgresForTests.execute(
                "insert into staff_member (id, username, first_name, last_name, active, password_must_change,"
                        + " access_revision, version) select nextval('staff_member_seq'), 'w.walk', 'Wanda', 'Walk', true, false, 0, 0"
                        + " where not exists (select 1 from staff_member where username = 'w.walk')");
        String walkLogin = PostgresForTests.queryString("select id from staff_member where username = 'w.walk'");
        return List.of(
                new Row("i.schmidt", "/caseload/today.xhtml", List.of()),
                new Row("i.schmidt", "/caseload/list.xhtml", List.of()),
                new Row("i.schmidt", "/caseload/deputies.xhtml", List.of()),
                new Row("i.schmidt", "/case/file.xhtml?id=" + customer, List.of()),
                new Row("i.schmidt", "/case/register.xhtml", List.of()),
                new Row("i.schmidt", "/reach/settings.xhtml", List.of()),
                new Row("i.schmidt", "/reach/trial.xhtml", List.of()),
                new Row("i.schmidt", "/reach/card.xhtml?customer=" + customer, List.of()),
                new Row("i.schmidt", "/reach/invitations.xhtml?customer=" + customer, List.of()),
                new Row("i.schmidt", "/measure/catalogue.xhtml", List.of()),
                new Row("i.schmidt", "/measure/detail.xhtml?id=" + measure, List.of()),
                new Row("i.schmidt", "/provider/directory.xhtml", List.of()),
                new Row("j.weber", "/measure/mine.xhtml", List.of()),
                new Row("j.weber", "/measure/import.xhtml", List.of()),
                new Row(
                        "j.weber",
                        "/provider/page.xhtml?id=" + provider,
                        List.of(
                                "[id$=':startVisit']",
                                "[id$=':startObservation']",
                                "[id$=':startDeficiency']",
                                "[id$=':addContact']",
                                "[id$=':startMaster']")),
                new Row(
                        "j.weber",
                        "/provider/deficiency.xhtml?id=" + deficiency,
                        List.of("[id$=':to']", "[id$=':correct']")),
                new Row("k.fischer", "/team/overview.xhtml", List.of()),
                new Row("k.fischer", "/team/occupancy.xhtml", List.of()),
                new Row("d.krueger", "/admin/staff.xhtml", List.of("[id$=':newLogin']")),
                new Row("d.krueger", "/admin/responsibilities.xhtml", List.of()),
                new Row("d.krueger", "/admin/benefits.xhtml", List.of()),
                new Row("d.krueger", "/admin/organisation.xhtml", List.of("[id$=':newLocation']", "[id$=':newTeam']")),
                new Row("d.krueger", "/admin/member.xhtml?id=" + walkLogin, List.of()),
                new Row("k.fischer", "/staff/approvals.xhtml", List.of()),
                new Row("i.schmidt", "/account/password.xhtml", List.of()),
                new Row("e.wagner", "/audit/access-log.xhtml", List.of()));
    }
}
