package de.nahbar.measure.service;

import static de.nahbar.staff.domain.Role.Names.ADMIN;
import static de.nahbar.staff.domain.Role.Names.MEASURE_COORDINATOR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.nahbar.measure.domain.EntryDate;
import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.Measure;
import de.nahbar.measure.domain.MeasureStatus;
import de.nahbar.measure.domain.MeasureTerms;
import de.nahbar.measure.domain.Provider;
import de.nahbar.measure.domain.TargetGroup;
import de.nahbar.shared.domain.JobcenterTime;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.domain.StaffMember;

/**
 * Imports measures from a procurement list (CSV or .xlsx): first a preview that names, row by
 * row, what would be created or changed and everything that is wrong; then the import, which
 * checks again and either takes every row or none. Admins may change any measure, coordinators
 * only those they coordinate; a coordinator becomes coordinator of the measures they create.
 */
@Stateless
@RolesAllowed({ADMIN, MEASURE_COORDINATOR})
public class MeasureImport {

    /** The columns of a procurement list, as its header names them. */
    public static final String NUMBER = "Maßnahmenummer";

    public static final String TITLE = "Titel";
    public static final String BASIS = "Rechtsgrundlage";
    public static final String CONTENT = "Inhalt";
    public static final String GROUP = "Zielgruppe";
    public static final String LOCATION = "Ort";
    public static final String PROVIDER = "Träger";
    public static final String PROVIDER_ADDRESS = "Anschrift Träger";
    public static final String PROVIDER_PHONE = "Telefon Träger";
    public static final String CONTRACT = "Vertrag";
    public static final String LOT = "Los";
    public static final String MIN = "Mindestbelegung";
    public static final String MAX = "Plätze höchstens";
    public static final String PRICE = "Preis je Platz und Monat";
    public static final String DURATION = "Dauer in Wochen";
    public static final String MODE = "Einstieg";
    public static final String STARTS = "Beginn";
    public static final String ENDS = "Ende";
    public static final String ENTRIES = "Eintrittstermine";
    public static final String COORDINATORS = "Maßnahmebetreuung";

    static final List<String> REQUIRED = List.of(
            NUMBER, TITLE, BASIS, CONTENT, GROUP, LOCATION, PROVIDER, MIN, MAX, PRICE, DURATION, MODE, STARTS, ENDS);

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Reads 1.2.2027 as well as 01.02.2027. */
    private static final DateTimeFormatter GERMAN_DATE_INPUT =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    @Resource
    private EJBContext context;

    @PersistenceContext
    private EntityManager em;

    /** What the list would do; writes nothing (in a transaction only so that the measures it reads stay loadable). */
    public ImportPreview preview(@NotNull @Size(max = 255) String fileName, @NotNull byte[] content) {
        return check(fileName, content).preview();
    }

    /** Imports every row, or, if anything is wrong, nothing ({@link ImportRefusedException} names why). */
    public ImportPreview importAll(@NotNull @Size(max = 255) String fileName, @NotNull byte[] content) {
        Checked checked = check(fileName, content);
        if (!checked.preview().valid()) {
            throw new ImportRefusedException(checked.preview().problems());
        }
        String me = context.getCallerPrincipal().getName();
        boolean coordinator = !context.isCallerInRole(ADMIN);
        for (Parsed row : checked.rows()) {
            Provider provider = em.createNamedQuery(Provider.FIND_BY_NAME, Provider.class)
                    .setParameter("name", row.provider())
                    .getResultStream()
                    .findFirst()
                    .orElseGet(() -> {
                        Provider created = new Provider(row.provider(), row.providerAddress(), row.providerPhone());
                        em.persist(created);
                        return created;
                    });
            if (row.providerAddress() != null || row.providerPhone() != null) {
                provider.changeContact(row.providerAddress(), row.providerPhone());
            }
            Measure measure = existing(row.terms().number());
            if (measure == null) {
                measure = new Measure(row.terms(), provider);
                measure.changeStatus(
                        row.terms().startsOn().isAfter(JobcenterTime.today())
                                ? MeasureStatus.PLANNED
                                : MeasureStatus.RUNNING);
                if (coordinator && row.coordinators().isEmpty()) {
                    measure.addCoordinator(member(me));
                }
                em.persist(measure);
            } else {
                measure.changeTerms(row.terms(), provider);
            }
            for (String username : row.coordinators()) {
                measure.addCoordinator(member(username));
            }
            em.flush();
            for (Map.Entry<LocalDate, Integer> entry : row.entries().entrySet()) {
                EntryDate known = em.createQuery(
                                "select e from EntryDate e where e.measure = :m and e.entryOn = :on", EntryDate.class)
                        .setParameter("m", measure)
                        .setParameter("on", entry.getKey())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
                if (known == null) {
                    em.persist(measure.addEntryDate(entry.getKey(), entry.getValue()));
                } else if (known.getPlaces() != entry.getValue()) {
                    // checked against what is taken in check(); the condition repeats it for concurrent reservations
                    int changed = Places.onEntryDate(
                                    em,
                                    "update entry_date set places = ?1, version = version + 1"
                                            + " where id = ?2 and taken <= ?1 + allowance")
                            .setParameter(1, entry.getValue())
                            .setParameter(2, known.getId())
                            .executeUpdate();
                    if (changed == 0) {
                        throw new ImportRefusedException(List.of(ImportProblem.of(
                                row.row(),
                                ENTRIES,
                                "placesBelowTaken",
                                entry.getKey().format(GERMAN_DATE))));
                    }
                }
            }
        }
        em.flush();
        return checked.preview();
    }

    /** A row that passed every check, ready to import. */
    private record Parsed(
            int row,
            MeasureTerms terms,
            String provider,
            String providerAddress,
            String providerPhone,
            Map<LocalDate, Integer> entries,
            List<String> coordinators) {}

    private record Checked(ImportPreview preview, List<Parsed> rows) {}

    private Checked check(String fileName, byte[] content) {
        List<ProcurementList.Row> rows;
        try {
            rows = ProcurementList.read(fileName, content);
        } catch (ProcurementList.Unreadable e) {
            return new Checked(
                    new ImportPreview(List.of(), List.of(ImportProblem.of(0, "", e.getMessage()))), List.of());
        }
        List<ImportProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(ImportProblem.of(0, "", "noRows"));
        } else {
            for (String column : REQUIRED) {
                if (!rows.get(0).cells().containsKey(ProcurementList.key(column))) {
                    problems.add(ImportProblem.of(1, column, "missingColumn", column));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(new ImportPreview(List.of(), problems), List.of());
        }
        List<ImportPreview.Line> lines = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (ProcurementList.Row row : rows) {
            int before = problems.size();
            Parsed p = parse(row, problems);
            if (p == null) {
                continue;
            }
            if (!numbers.add(p.terms().number())) {
                problems.add(ImportProblem.of(
                        row.number(), NUMBER, "duplicate", p.terms().number()));
            }
            Measure known = existing(p.terms().number());
            if (known != null) {
                checkMayChange(row.number(), known, problems);
                checkPlaces(row.number(), known, p.entries(), problems);
            }
            if (problems.size() == before) {
                parsed.add(p);
            }
            lines.add(new ImportPreview.Line(
                    row.number(),
                    p.terms().number(),
                    p.terms().title(),
                    known != null,
                    p.entries().size()));
        }
        return new Checked(new ImportPreview(lines, problems), parsed);
    }

    /** The row's values, each checked; null (with problems added) when they do not make a measure. */
    private Parsed parse(ProcurementList.Row row, List<ImportProblem> problems) {
        int n = row.number();
        int before = problems.size();
        for (String column : REQUIRED) {
            if (row.get(column) == null) {
                problems.add(ImportProblem.of(n, column, "required", column));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        LegalBasis basis = legalBasis(row.get(BASIS));
        if (basis == null) {
            problems.add(ImportProblem.of(n, BASIS, "legalBasis", row.get(BASIS)));
        }
        TargetGroup group = choice(
                TargetGroup.class,
                row.get(GROUP),
                Map.of(
                        "alle",
                        TargetGroup.ALL,
                        "unter25",
                        TargetGroup.UNDER_25,
                        "alleinerziehende",
                        TargetGroup.SINGLE_PARENTS,
                        "gesundheitlicheeinschränkungen",
                        TargetGroup.HEALTH_RESTRICTIONS,
                        "sprachförderung",
                        TargetGroup.LANGUAGE_SUPPORT,
                        "langzeitarbeitslose",
                        TargetGroup.LONG_TERM_UNEMPLOYED,
                        "ab50",
                        TargetGroup.OVER_50));
        if (group == null) {
            problems.add(ImportProblem.of(n, GROUP, "targetGroup", row.get(GROUP)));
        }
        EntryMode mode = choice(
                EntryMode.class,
                row.get(MODE),
                Map.of(
                        "feste",
                        EntryMode.FIXED_DATES,
                        "festeeintrittstermine",
                        EntryMode.FIXED_DATES,
                        "laufend",
                        EntryMode.ROLLING,
                        "laufendereinstieg",
                        EntryMode.ROLLING));
        if (mode == null) {
            problems.add(ImportProblem.of(n, MODE, "entryMode", row.get(MODE)));
        }
        Integer min = whole(n, MIN, row.get(MIN), 0, MeasureTerms.PLACES_MAX, problems);
        Integer max = whole(n, MAX, row.get(MAX), 1, MeasureTerms.PLACES_MAX, problems);
        Integer weeks = whole(n, DURATION, row.get(DURATION), 1, MeasureTerms.DURATION_WEEKS_MAX, problems);
        BigDecimal price = price(n, row.get(PRICE), problems);
        LocalDate starts = date(n, STARTS, row.get(STARTS), problems);
        LocalDate ends = date(n, ENDS, row.get(ENDS), problems);
        if (min != null && max != null && min > max) {
            problems.add(ImportProblem.of(n, MIN, "minAboveMax", min.toString(), max.toString()));
        }
        if (starts != null && ends != null && ends.isBefore(starts)) {
            problems.add(ImportProblem.of(n, ENDS, "endBeforeStart"));
        }
        for (String column : List.of(NUMBER, TITLE, LOCATION, PROVIDER)) {
            if (row.get(column).matches(".*[<>].*")) {
                problems.add(ImportProblem.of(n, column, "markup", column));
            }
        }
        Map<LocalDate, Integer> entries = entries(n, row.get(ENTRIES), starts, ends, max, problems);
        List<String> coordinators = coordinators(n, row.get(COORDINATORS), problems);
        if (problems.size() > before) {
            return null;
        }
        try {
            MeasureTerms terms = new MeasureTerms(
                    row.get(NUMBER),
                    row.get(TITLE),
                    basis,
                    row.get(CONTENT),
                    group,
                    row.get(LOCATION),
                    row.get(CONTRACT),
                    row.get(LOT),
                    min,
                    max,
                    price,
                    weeks,
                    mode,
                    starts,
                    ends);
            String provider = row.get(PROVIDER);
            if (provider.length() > Provider.NAME_MAX) {
                throw new IllegalArgumentException("provider name too long");
            }
            return new Parsed(
                    n, terms, provider, row.get(PROVIDER_ADDRESS), row.get(PROVIDER_PHONE), entries, coordinators);
        } catch (IllegalArgumentException e) {
            problems.add(ImportProblem.of(n, "", "tooLong"));
            return null;
        }
    }

    private void checkMayChange(int row, Measure measure, List<ImportProblem> problems) {
        if (context.isCallerInRole(ADMIN)) {
            return;
        }
        if (!measure.isCoordinatedBy(context.getCallerPrincipal().getName())) {
            problems.add(ImportProblem.of(row, NUMBER, "notYours", measure.getNumber()));
        }
    }

    private void checkPlaces(int row, Measure measure, Map<LocalDate, Integer> entries, List<ImportProblem> problems) {
        for (Object[] known : em.createQuery(
                        "select e.entryOn, e.taken, e.allowance from EntryDate e where e.measure = :m", Object[].class)
                .setParameter("m", measure)
                .getResultList()) {
            Integer places = entries.get((LocalDate) known[0]);
            if (places != null && places + (Integer) known[2] < (Integer) known[1]) {
                problems.add(
                        ImportProblem.of(row, ENTRIES, "placesBelowTaken", ((LocalDate) known[0]).format(GERMAN_DATE)));
            }
        }
    }

    /** "12.01.2027=12, 09.02.2027=10": entry dates with their places, inside the measure's period (comma, as ";" separates CSV columns). */
    private static Map<LocalDate, Integer> entries(
            int n, String text, LocalDate starts, LocalDate ends, Integer max, List<ImportProblem> problems) {
        Map<LocalDate, Integer> entries = new LinkedHashMap<>();
        if (text == null) {
            return entries;
        }
        for (String part : text.split("[,;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] dateAndPlaces = part.strip().split("=");
            LocalDate on = dateAndPlaces.length == 2 ? date(n, ENTRIES, dateAndPlaces[0].strip(), problems) : null;
            Integer places = dateAndPlaces.length == 2
                    ? whole(n, ENTRIES, dateAndPlaces[1].strip(), 0, MeasureTerms.PLACES_MAX, problems)
                    : null;
            if (dateAndPlaces.length != 2) {
                problems.add(ImportProblem.of(n, ENTRIES, "entryFormat", part.strip()));
            } else if (on != null && places != null) {
                if (starts != null && ends != null && (on.isBefore(starts) || on.isAfter(ends))) {
                    problems.add(ImportProblem.of(n, ENTRIES, "entryOutsidePeriod", on.format(GERMAN_DATE)));
                } else if (max != null && places > max) {
                    problems.add(ImportProblem.of(n, ENTRIES, "entryAboveMax", on.format(GERMAN_DATE)));
                } else {
                    entries.put(on, places);
                }
            }
        }
        return entries;
    }

    private List<String> coordinators(int n, String text, List<ImportProblem> problems) {
        List<String> usernames = new ArrayList<>();
        if (text == null) {
            return usernames;
        }
        for (String username : text.split("[,;\\s]+")) {
            if (username.isBlank()) {
                continue;
            }
            StaffMember member = em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                    .setParameter("username", username.strip())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (member == null || !member.hasRole(Role.MEASURE_COORDINATOR)) {
                problems.add(ImportProblem.of(n, COORDINATORS, "coordinator", username.strip()));
            } else {
                usernames.add(member.getUsername());
            }
        }
        return usernames;
    }

    /** "§ 45 SGB III", "§16d SGB II", "SGB2_16D", "Sonstige": the paragraph decides. */
    static LegalBasis legalBasis(String text) {
        String t = text.toLowerCase(Locale.GERMAN).replaceAll("[§\\s.]", "");
        for (LegalBasis basis : LegalBasis.values()) {
            if (t.equals(basis.name().toLowerCase(Locale.ROOT))) {
                return basis;
            }
        }
        if (t.startsWith("45") && t.contains("sgbiii")) {
            return LegalBasis.SGB3_45;
        }
        for (String paragraph : List.of("16d", "16e", "16i", "16k", "16h")) {
            if (t.startsWith(paragraph) && t.contains("sgbii") && !t.contains("sgbiii")) {
                return LegalBasis.valueOf("SGB2_" + paragraph.toUpperCase(Locale.ROOT));
            }
        }
        return t.equals("sonstige") || t.equals("other") ? LegalBasis.OTHER : null;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, Map<String, E> german) {
        String t = text.toLowerCase(Locale.GERMAN).replaceAll("\\s", "");
        for (E value : type.getEnumConstants()) {
            if (t.equals(value.name().toLowerCase(Locale.ROOT).replace("_", ""))
                    || t.equals(value.name().toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        return german.get(t);
    }

    private static Integer whole(int n, String column, String text, int min, int max, List<ImportProblem> problems) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                problems.add(ImportProblem.of(n, column, "range", text, Integer.toString(min), Integer.toString(max)));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.of(n, column, "wholeNumber", text));
            return null;
        }
    }

    /** "612,50", "1.234,50" or "612.50". */
    private static BigDecimal price(int n, String text, List<ImportProblem> problems) {
        String t = text.replace("€", "").strip();
        String normal = t.contains(",") ? t.replace(".", "").replace(",", ".") : t;
        try {
            BigDecimal value = new BigDecimal(normal);
            if (value.signum() < 0 || value.compareTo(MeasureTerms.PRICE_MAX) > 0 || value.scale() > 2) {
                problems.add(ImportProblem.of(n, PRICE, "price", text));
                return null;
            }
            return value.setScale(2);
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.of(n, PRICE, "price", text));
            return null;
        }
    }

    private static LocalDate date(int n, String column, String text, List<ImportProblem> problems) {
        try {
            return LocalDate.parse(text.strip(), GERMAN_DATE_INPUT);
        } catch (DateTimeParseException e) {
            problems.add(ImportProblem.of(n, column, "date", text));
            return null;
        }
    }

    private Measure existing(String number) {
        return em.createNamedQuery(Measure.FIND_BY_NUMBER, Measure.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private StaffMember member(String username) {
        return em.createNamedQuery(StaffMember.FIND_BY_USERNAME, StaffMember.class)
                .setParameter("username", username)
                .getSingleResult();
    }
}
