package de.nahbar.it.platform.performance.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.rendezVous;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.nahbar.it.support.FacesClient;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Caseworkers at work, driven over HTTP as a browser drives nahbar: each virtual user logs in
 * once with the form, then goes round Mein Tag, the caseload (quick filter, next page, search by
 * name, all Ajax posts carrying the JSF view state), a case file with a note and a contact
 * written in it, the call card and the measure catalogue; a team lead opens the team page
 * meanwhile. With a {@link LoadPlan#focus()} every user repeats that one request instead, which
 * gives its throughput; with {@link LoadPlan#counting()} one user's requests are each bracketed
 * by reads of Hibernate's statement count.
 */
public class CaseworkerDay extends Simulation {

    private static final DateTimeFormatter CONTACT_AT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final ChainBuilder NOTHING = exec(session -> session);
    /** From here on the server's CPU time counts (everyone logged in). */
    private static final ChainBuilder START_SERVER_CLOCK = exec(session -> {
        Timings.startServerClock();
        return session;
    });

    private final LoadPlan plan = LoadPlan.current();

    {
        HttpProtocolBuilder protocol = http.baseUrl(plan.baseUrl())
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptEncodingHeader("gzip, deflate")
                .acceptLanguageHeader("de-DE,de;q=0.9")
                .userAgentHeader("nahbar-Lasttest")
                // every request is sent: the comparison must not be answered from a client cache
                .disableCaching()
                .disableWarmUp();
        List<PopulationBuilder> populations = new ArrayList<>();
        if (plan.focus() == Page.TEAM) {
            populations.add(
                    teamLead(plan.users()).injectOpen(rampUsers(plan.users()).during(Duration.ofSeconds(2))));
        } else {
            populations.add(caseworkers()
                    .injectOpen(rampUsers(plan.users()).during(Duration.ofSeconds(plan.users() > 1 ? 5 : 0))));
            if (plan.focus() == null && !plan.counting()) {
                int leads = Math.max(1, plan.users() / 10);
                populations.add(teamLead(leads).injectOpen(rampUsers(leads).during(Duration.ofSeconds(5))));
            }
        }
        if (plan.counting()) {
            populations.add(teamLead(1).injectOpen(rampUsers(1).during(Duration.ofSeconds(1))));
            // one after the other, so that the counts are each one request's
            setUp(populations.get(0).andThen(populations.get(1))).protocols(protocol);
        } else {
            setUp(populations).protocols(protocol);
        }
    }

    private ScenarioBuilder caseworkers() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (LoadPlan.Caseworker caseworker : plan.caseworkers()) {
            records.add(Map.of("username", caseworker.username(), "customers", caseworker.customers()));
        }
        ChainBuilder work = plan.focus() == null ? workingDay() : step(plan.focus());
        return scenario("Fachkräfte")
                .feed(listFeeder(records).circular())
                .exec(login())
                .exec(session -> customerOf(session.set("round", 0)))
                // a post on the caseload needs the caseload's view first
                .exec(
                        plan.focus() != null && plan.focus().name().startsWith("CASELOAD_")
                                ? step(Page.CASELOAD)
                                : NOTHING)
                // pages are measured once everyone is logged in: fifty logins are fifty bcrypt hashes
                .exec(plan.counting() ? NOTHING : rendezVous(plan.users()))
                .exec(START_SERVER_CLOCK)
                // people who read before they click do not all click at the same instant either
                .exec(plan.thinking() ? exec(NOTHING).pause(Duration.ZERO, Duration.ofSeconds(3)) : NOTHING)
                .exec(rounds(exec(work)
                        .exec(session -> customerOf(session.set("round", session.getInt("round") + 1)))));
    }

    /** For the plan's duration; counting, three rounds (the lowest count of each request is its own). */
    private ChainBuilder rounds(ChainBuilder round) {
        return plan.counting()
                ? io.gatling.javaapi.core.CoreDsl.repeat(3).on(round)
                : io.gatling.javaapi.core.CoreDsl.during(plan.duration()).on(round);
    }

    private ScenarioBuilder teamLead(int users) {
        ChainBuilder loggedIn = exec(session -> session.set("username", plan.teamLead()))
                .exec(loginForm("/team/overview.xhtml"))
                .exec(teamPage(loginPost()));
        ChainBuilder team =
                plan.thinking() ? step(Page.TEAM).pause(Duration.ofSeconds(1), Duration.ofSeconds(3)) : step(Page.TEAM);
        return scenario("Teamleitung")
                .exec(loggedIn)
                .exec(plan.focus() == Page.TEAM ? exec(rendezVous(users)).exec(START_SERVER_CLOCK) : NOTHING)
                .exec(rounds(team));
    }

    /** The caseworker's round: the pages of the issue, in the order a morning takes them. */
    private ChainBuilder workingDay() {
        List<ChainBuilder> steps = new ArrayList<>();
        for (Page page : List.of(
                Page.MY_DAY,
                Page.CASELOAD,
                Page.CASELOAD_ACTIVE,
                Page.CASELOAD_PAGE,
                Page.CASELOAD_SEARCH,
                Page.CASE_FILE,
                Page.NOTE,
                Page.CONTACTS_TAB,
                Page.CONTACT,
                Page.CALL_CARD,
                Page.CATALOGUE)) {
            steps.add(plan.thinking() ? step(page).pause(Duration.ofSeconds(1), Duration.ofSeconds(3)) : step(page));
        }
        return exec(steps);
    }

    private ChainBuilder login() {
        return exec(loginForm("/caseload/today.xhtml")).exec(step(Page.LOGIN, myDay(loginPost())));
    }

    /** A protected page answered with the login form, as the browser first sees it. */
    private static ChainBuilder loginForm(String page) {
        return exec(http("Anmeldeseite").get(page).check(status().is(200), substring("id=\"loginForm\"")));
    }

    private HttpRequestActionBuilder loginPost() {
        return http(Page.LOGIN.label())
                .post("/login")
                .formParam("j_username", "#{username}")
                .formParam("j_password", plan.password());
    }

    private ChainBuilder step(Page page) {
        return step(page, request(page));
    }

    private HttpRequestActionBuilder request(Page page) {
        return switch (page) {
            case MY_DAY -> myDay(http(page.label()).get("/caseload/today.xhtml"));
            case CASELOAD ->
                withViewState(http(page.label())
                        .get("/caseload/list.xhtml")
                        .check(status().is(200), substring("<h1>Mein Bestand</h1>")));
            case CASELOAD_ACTIVE ->
                ajax(
                                page,
                                "/caseload/list.xhtml",
                                "caseloadForm:qActive",
                                "caseloadForm:qActive",
                                "caseloadForm",
                                Map.of("caseloadForm", "caseloadForm", "caseloadForm:qActive", "caseloadForm:qActive"))
                        .check(substring("<update id=\"caseloadForm\">"));
            case CASELOAD_PAGE ->
                ajax(
                                page,
                                "/caseload/list.xhtml",
                                "caseloadForm:customers",
                                "caseloadForm:customers",
                                "caseloadForm:customers",
                                Map.of(
                                        "caseloadForm",
                                        "caseloadForm",
                                        "jakarta.faces.behavior.event",
                                        "page",
                                        "jakarta.faces.partial.event",
                                        "page",
                                        "caseloadForm:customers_pagination",
                                        "true",
                                        "caseloadForm:customers_first",
                                        "25",
                                        "caseloadForm:customers_rows",
                                        "25",
                                        "caseloadForm:customers_skipChildren",
                                        "true",
                                        "caseloadForm:customers_encodeFeature",
                                        "true"))
                        .check(substring("<update id=\"caseloadForm:customers\">"));
            case CASELOAD_SEARCH ->
                ajax(
                                page,
                                "/caseload/list.xhtml",
                                "caseloadForm:apply",
                                "caseloadForm",
                                "caseloadForm",
                                Map.of(
                                        "caseloadForm",
                                        "caseloadForm",
                                        "caseloadForm:apply",
                                        "caseloadForm:apply",
                                        "caseloadForm:search",
                                        "Schmidt"))
                        .check(substring("<update id=\"caseloadForm\">"));
            case CASE_FILE ->
                withViewState(http(page.label())
                        .get("/case/file.xhtml?id=#{customer}")
                        .check(status().is(200), substring("tabs:noteForm:noteText")));
            case NOTE ->
                ajax(
                                page,
                                "/case/file.xhtml",
                                "tabs:noteForm:addNote",
                                "tabs:noteForm",
                                "tabs:noteForm tabs:notesList globalMessages",
                                Map.of(
                                        "tabs:noteForm",
                                        "tabs:noteForm",
                                        "tabs:noteForm:addNote",
                                        "tabs:noteForm:addNote",
                                        "tabs:noteForm:noteText",
                                        "Lasttest: Rückruf vereinbart, Unterlagen bis Freitag (Runde #{round})."))
                        .check(substring("Der Vermerk wurde gespeichert."));
            // the tab's content is rendered when first opened, and only an opened tab takes a post
            case CONTACTS_TAB ->
                ajax(
                                page,
                                "/case/file.xhtml",
                                "tabs",
                                "tabs",
                                "tabs",
                                Map.of(
                                        "tabs_contentLoad",
                                        "true",
                                        "tabs_currentTab",
                                        "tabs:contactsTab",
                                        "tabs_tabindex",
                                        "2"))
                        .check(substring("tabs:contactForm:contactTopic"));
            case CONTACT ->
                ajax(
                                page,
                                "/case/file.xhtml",
                                "tabs:contactForm:logContact",
                                "tabs:contactForm",
                                "tabs:contactForm tabs:contactList summary globalMessages",
                                Map.of(
                                        "tabs:contactForm",
                                        "tabs:contactForm",
                                        "tabs:contactForm:logContact",
                                        "tabs:contactForm:logContact",
                                        "tabs:contactForm:contactChannel_input",
                                        "PHONE_IN",
                                        "tabs:contactForm:contactAt_input",
                                        "#{contactAt}",
                                        "tabs:contactForm:contactMinutes_hinput",
                                        "10",
                                        "tabs:contactForm:contactTopic",
                                        "Rückfrage zum Bewilligungsbescheid"))
                        .check(substring("Der Kontakt wurde erfasst."));
            case CALL_CARD ->
                http(page.label())
                        .get("/reach/card.xhtml?customer=#{customer}")
                        .check(status().is(200), substring("<h1>Anrufkarte: "));
            case CATALOGUE ->
                http(page.label())
                        .get("/measure/catalogue.xhtml")
                        .check(status().is(200), substring("<h1>Maßnahmekatalog</h1>"));
            case TEAM -> teamPage(http(page.label()).get("/team/overview.xhtml"));
            case STATIC_FILE ->
                http(page.label()).get("/resources/css/nahbar.css").check(status().is(200), substring(".case-summary"));
            case PING_SERVLET ->
                http(page.label())
                        .get("/nahbar-probe/ping")
                        .check(status().is(200), bodyString().is("ok"));
            case LOGIN -> throw new IllegalArgumentException("login is not repeated");
        };
    }

    private static HttpRequestActionBuilder myDay(HttpRequestActionBuilder request) {
        return request.check(status().is(200), substring("<h1>Mein Tag</h1>"));
    }

    private static HttpRequestActionBuilder teamPage(HttpRequestActionBuilder request) {
        return request.check(status().is(200), substring("<h1>Mein Team</h1>"));
    }

    /** The page's view state and the CSP nonce PrimeFaces sends with every Ajax post (without it the post is refused). */
    private static HttpRequestActionBuilder withViewState(HttpRequestActionBuilder request) {
        return request.check(
                css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                regex(FacesClient.NONCE.pattern()).saveAs("nonce"));
    }

    /** A PrimeFaces Ajax post as the browser sends it; the answer's view state is the next post's. */
    private static HttpRequestActionBuilder ajax(
            Page page, String path, String source, String execute, String render, Map<String, Object> fields) {
        Map<String, Object> form = new HashMap<>(fields);
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", execute);
        form.put("jakarta.faces.partial.render", render);
        return http(page.label())
                .post(path)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParamMap(form)
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(
                        status().is(200),
                        substring("<partial-response"),
                        substring("<error>").notExists(),
                        substring("<redirect").notExists(),
                        regex(FacesClient.VIEW_STATE_UPDATE.pattern()).saveAs("viewState"));
    }

    /**
     * The request, and in the counting run Hibernate's statement count read before and after
     * it (the probe itself issues none).
     */
    private ChainBuilder step(Page page, HttpRequestActionBuilder request) {
        ChainBuilder contactTime = exec(session -> session.set(
                "contactAt", LocalDateTime.now(BERLIN).minusMinutes(30).format(CONTACT_AT)));
        if (!plan.counting()) {
            return contactTime
                    .exec(request.check(responseTimeInMillis().saveAs("millis")))
                    .exec(session -> {
                        if (session.isFailed()) {
                            Timings.failed(page);
                        } else {
                            Timings.answered(page, session.getLong("millis"));
                        }
                        return session.markAsSucceeded();
                    });
        }
        return contactTime
                .exec(http("#Statements vorher")
                        .get("/nahbar-probe/statements")
                        .check(bodyString().saveAs("before")))
                .exec(request)
                .exec(http("#Statements nachher")
                        .get("/nahbar-probe/statements")
                        .check(bodyString().saveAs("after")))
                .exec(session -> {
                    StatementCounts.record(
                            page,
                            Long.parseLong(session.getString("after").trim())
                                    - Long.parseLong(session.getString("before").trim()));
                    return session;
                });
    }

    /** The round's customer: each round opens the next customer of the caseworker's list. */
    private static Session customerOf(Session session) {
        List<?> customers = session.getList("customers");
        return session.set("customer", customers.get(session.getInt("round") % customers.size()));
    }
}
