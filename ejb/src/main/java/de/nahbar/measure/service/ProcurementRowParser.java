package de.nahbar.measure.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.nahbar.measure.domain.EntryMode;
import de.nahbar.measure.domain.LegalBasis;
import de.nahbar.measure.domain.MeasureTerms;
import de.nahbar.measure.domain.Provider;
import de.nahbar.measure.domain.TargetGroup;

/**
 * Turns one row of a procurement list into the terms of a measure, reading German dates and
 * numbers and the words procurement lists use for legal bases, target groups and entry modes.
 * Knows nothing of the database: whether a measure or a coordinator exists is the import's
 * question. Every problem is named with its row and column, not only the first.
 */
final class ProcurementRowParser {

    /** The columns of a procurement list, as its header names them. */
    static final String NUMBER = "Maßnahmenummer";

    static final String TITLE = "Titel";
    static final String BASIS = "Rechtsgrundlage";
    static final String CONTENT = "Inhalt";
    static final String GROUP = "Zielgruppe";
    static final String LOCATION = "Ort";
    static final String PROVIDER = "Träger";
    static final String PROVIDER_ADDRESS = "Anschrift Träger";
    static final String PROVIDER_PHONE = "Telefon Träger";
    static final String CONTRACT = "Vertrag";
    static final String LOT = "Los";
    static final String MIN = "Mindestbelegung";
    static final String MAX = "Plätze höchstens";
    static final String PRICE = "Preis je Platz und Monat";
    static final String DURATION = "Dauer in Wochen";
    static final String MODE = "Einstieg";
    static final String STARTS = "Beginn";
    static final String ENDS = "Ende";
    static final String ENTRIES = "Eintrittstermine";
    static final String COORDINATORS = "Maßnahmebetreuung";

    static final List<String> REQUIRED = List.of(
            NUMBER, TITLE, BASIS, CONTENT, GROUP, LOCATION, PROVIDER, MIN, MAX, PRICE, DURATION, MODE, STARTS, ENDS);

    static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Reads 1.2.2027 as well as 01.02.2027. */
    private static final DateTimeFormatter GERMAN_DATE_INPUT =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final Map<String, TargetGroup> TARGET_GROUPS = Map.of(
            "alle", TargetGroup.ALL,
            "unter25", TargetGroup.UNDER_25,
            "alleinerziehende", TargetGroup.SINGLE_PARENTS,
            "gesundheitlicheeinschränkungen", TargetGroup.HEALTH_RESTRICTIONS,
            "sprachförderung", TargetGroup.LANGUAGE_SUPPORT,
            "langzeitarbeitslose", TargetGroup.LONG_TERM_UNEMPLOYED,
            "ab50", TargetGroup.OVER_50);

    private static final Map<String, EntryMode> ENTRY_MODES = Map.of(
            "feste", EntryMode.FIXED_DATES,
            "festeeintrittstermine", EntryMode.FIXED_DATES,
            "laufend", EntryMode.ROLLING,
            "laufendereinstieg", EntryMode.ROLLING);

    private ProcurementRowParser() {}

    /** A row whose values all make sense on their own, with the user names it names as coordinators. */
    record ParsedRow(
            int row,
            MeasureTerms terms,
            String provider,
            String providerAddress,
            String providerPhone,
            Map<LocalDate, Integer> entries,
            List<String> coordinators) {}

    /** The row's values, each checked; null (with problems added) when they do not make a measure. */
    static ParsedRow parse(ProcurementList.Row row, List<ImportProblem> problems) {
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
        TargetGroup group = choice(TargetGroup.class, row.get(GROUP), TARGET_GROUPS);
        if (group == null) {
            problems.add(ImportProblem.of(n, GROUP, "targetGroup", row.get(GROUP)));
        }
        EntryMode mode = choice(EntryMode.class, row.get(MODE), ENTRY_MODES);
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
            return new ParsedRow(
                    n,
                    terms,
                    provider,
                    row.get(PROVIDER_ADDRESS),
                    row.get(PROVIDER_PHONE),
                    entries,
                    usernames(row.get(COORDINATORS)));
        } catch (IllegalArgumentException e) {
            problems.add(ImportProblem.of(n, "", "tooLong"));
            return null;
        }
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
            if (dateAndPlaces.length != 2) {
                problems.add(ImportProblem.of(n, ENTRIES, "entryFormat", part.strip()));
                continue;
            }
            LocalDate on = date(n, ENTRIES, dateAndPlaces[0].strip(), problems);
            Integer places = whole(n, ENTRIES, dateAndPlaces[1].strip(), 0, MeasureTerms.PLACES_MAX, problems);
            if (on == null || places == null) {
                continue;
            }
            if (starts != null && ends != null && (on.isBefore(starts) || on.isAfter(ends))) {
                problems.add(ImportProblem.of(n, ENTRIES, "entryOutsidePeriod", on.format(GERMAN_DATE)));
            } else if (max != null && places > max) {
                problems.add(ImportProblem.of(n, ENTRIES, "entryAboveMax", on.format(GERMAN_DATE)));
            } else {
                entries.put(on, places);
            }
        }
        return entries;
    }

    /** "m.kaiser, j.wolf" or one per line. */
    private static List<String> usernames(String text) {
        List<String> usernames = new ArrayList<>();
        if (text != null) {
            for (String username : text.split("[,;\\s]+")) {
                if (!username.isBlank()) {
                    usernames.add(username.strip());
                }
            }
        }
        return usernames;
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
}
