package de.nahbar.caseload.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.caseload.domain.ExitReason;
import de.nahbar.caseload.domain.ImportRun;
import de.nahbar.shared.service.CsvFormats;

/**
 * Reads the benefits side's daily file as docs/benefits-file.md defines it: CSV in UTF-8,
 * semicolons, one header row naming the columns below, every row the full current record of one
 * customer; or the same as JSON (an array of objects whose keys are the columns), which the
 * integration team sends through the REST interface. Both pass the same checks per row. A row that cannot be read is refused with its line and reason, the others are kept;
 * a file that cannot be read at all ({@link Unreadable}) gives no rows. Nothing here knows the
 * database: what a row means for a case is {@link BenefitsImportService}'s job.
 */
final class BenefitsFile {

    /** Above the upload limit of the page (nahbar.cli); a full file of 100,000 customers is about 15 MB. */
    static final int BYTES_MAX = 25 * 1024 * 1024;

    static final List<String> COLUMNS = List.of(
            "kundennummer",
            "bg_nummer",
            "nachname",
            "vorname",
            "geburtsdatum",
            "strasse",
            "plz",
            "ort",
            "telefon",
            "email",
            "leistungsbeginn",
            "abgang_am",
            "abgangsgrund");

    /** The file's column of each field a domain rule names when it refuses a row's value. */
    static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("firstName", "vorname"),
            Map.entry("lastName", "nachname"),
            Map.entry("birthDate", "geburtsdatum"),
            Map.entry("street", "strasse"),
            Map.entry("postalCode", "plz"),
            Map.entry("city", "ort"),
            Map.entry("phone", "telefon"),
            Map.entry("email", "email"),
            Map.entry("householdNumber", "bg_nummer"),
            Map.entry("benefitsSince", "leistungsbeginn"),
            Map.entry("closedOn", "abgang_am"),
            Map.entry("exitReason", "abgangsgrund"));

    /** The benefits side's codes for why someone left. */
    static final Map<String, ExitReason> EXIT_REASONS = Map.of(
            "ARBEIT", ExitReason.WORK,
            "AUSBILDUNG", ExitReason.TRAINING,
            "UMZUG", ExitReason.MOVED_AWAY,
            "KEIN_BEDARF", ExitReason.NO_LONGER_IN_NEED,
            "SONSTIGES", ExitReason.OTHER);

    private BenefitsFile() {}

    /** One customer as the benefits side knows them today; {@code exitOn} and {@code exitReason} both or neither. */
    record Row(
            int line,
            String customerNumber,
            String householdNumber,
            String lastName,
            String firstName,
            LocalDate birthDate,
            String street,
            String postalCode,
            String city,
            String phone,
            String email,
            LocalDate benefitsSince,
            LocalDate exitOn,
            ExitReason exitReason) {}

    /** The rows read and the rows refused, each with its line. */
    record Content(List<Row> rows, List<ImportRun.Refusal> refusals) {

        int total() {
            return rows.size() + refusals.size();
        }
    }

    /** Why a file cannot be read at all: the bundle key of the German message, and a detail. */
    static final class Unreadable extends RuntimeException {

        private final String detail;

        Unreadable(String key, String detail) {
            super(key);
            this.detail = detail;
        }

        String key() {
            return getMessage();
        }

        String detail() {
            return detail;
        }
    }

    static Content read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new Unreadable("benefits.empty", null);
        }
        if (content.length > BYTES_MAX) {
            throw new Unreadable("benefits.tooLarge", null);
        }
        if (isArchive(content)) {
            // a zip or gzip named .csv: never unpacked, so no bomb can go off
            throw new Unreadable("benefits.notCsv", null);
        }
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        return start.startsWith("[") || start.startsWith("{") ? json(text) : csv(text);
    }

    /** Rows in order, each customer number once; a refused row is kept with its line and reason. */
    private static final class Collector {

        private final List<Row> rows = new ArrayList<>();
        private final List<ImportRun.Refusal> refusals = new ArrayList<>();
        private final Set<String> numbers = new HashSet<>();

        void add(int line, UnaryOperator<String> cell) {
            try {
                Row row = row(line, cell);
                if (!numbers.add(row.customerNumber())) {
                    throw new Refused("benefits.numberTwice", row.customerNumber());
                }
                rows.add(row);
            } catch (Refused r) {
                String number = upper(cell.apply("kundennummer"));
                refusals.add(
                        new ImportRun.Refusal(line, Customer.isValidNumber(number) ? number : null, r.key, r.detail));
            }
        }

        Content content() {
            return new Content(rows, refusals);
        }
    }

    private static Content csv(String text) {
        CSVFormat format = CsvFormats.withHeader(';');
        Collector collector = new Collector();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            List<String> headers = parser.getHeaderNames().stream()
                    .map(h -> h.toLowerCase(Locale.ROOT))
                    .toList();
            List<String> missing =
                    COLUMNS.stream().filter(c -> !headers.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new Unreadable("benefits.missingColumns", String.join(", ", missing));
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (record.size() != headers.size()) {
                    String number = upper(
                            record.size() > headers.indexOf("kundennummer")
                                    ? record.get(headers.indexOf("kundennummer"))
                                    : null);
                    collector.refusals.add(new ImportRun.Refusal(
                            line,
                            Customer.isValidNumber(number) ? number : null,
                            "benefits.columnCount",
                            String.valueOf(record.size())));
                    continue;
                }
                collector.add(line, column -> blankless(record.get(headers.indexOf(column))));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // broken quoting and the like: Commons CSV names the line in its message
            throw new Unreadable("benefits.unreadable", e.getMessage());
        }
        return collector.content();
    }

    /**
     * The JSON form: an array of objects, or an object whose "personen" is that array; each
     * object's keys are the columns, every value a string or null. An entry's "line" is its
     * position, counted from 1.
     */
    private static Content json(String text) {
        JsonArray entries;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() == JsonValue.ValueType.OBJECT
                    && value.asJsonObject().get("personen") instanceof JsonArray people) {
                entries = people;
            } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
                entries = value.asJsonArray();
            } else {
                throw new Unreadable("benefits.jsonShape", null);
            }
        } catch (JsonException e) {
            throw new Unreadable("benefits.unreadable", e.getMessage());
        }
        Collector collector = new Collector();
        for (int i = 0; i < entries.size(); i++) {
            int line = i + 1;
            if (entries.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                collector.refusals.add(new ImportRun.Refusal(line, null, "benefits.jsonEntry", null));
                continue;
            }
            JsonObject entry = entries.getJsonObject(i);
            List<String> notText = COLUMNS.stream()
                    .filter(c -> entry.containsKey(c)
                            && entry.get(c).getValueType() != JsonValue.ValueType.STRING
                            && entry.get(c).getValueType() != JsonValue.ValueType.NULL)
                    .toList();
            if (!notText.isEmpty()) {
                collector.refusals.add(
                        new ImportRun.Refusal(line, null, "benefits.jsonType", String.join(", ", notText)));
                continue;
            }
            collector.add(line, column -> blankless(entry.getString(column, null)));
        }
        return collector.content();
    }

    private static boolean isArchive(byte[] content) {
        boolean zip =
                content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        boolean gzip = content.length >= 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b;
        return zip || gzip;
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("benefits.encoding", null);
        }
    }

    /** A row refused with a reason; only inside this reader. */
    private static final class Refused extends RuntimeException {

        private final String key;
        private final String detail;

        Refused(String key, String detail) {
            super(key, null, false, false);
            this.key = key;
            this.detail = detail;
        }
    }

    /** One person from their cells by column name; {@code cell} gives null for an empty or missing cell. */
    private static Row row(int line, UnaryOperator<String> cell) {
        String number = upper(cell.apply("kundennummer"));
        if (!Customer.isValidNumber(number)) {
            throw new Refused("benefits.customerNumber", number);
        }
        String exitCode = upper(cell.apply("abgangsgrund"));
        LocalDate exitOn = date(cell, "abgang_am");
        if ((exitOn == null) != (exitCode == null)) {
            throw new Refused("benefits.exitIncomplete", null);
        }
        ExitReason reason = exitCode == null ? null : EXIT_REASONS.get(exitCode);
        if (exitCode != null && reason == null) {
            throw new Refused("benefits.exitReason", exitCode);
        }
        LocalDate born = date(cell, "geburtsdatum");
        if (born == null) {
            throw new Refused("benefits.required", "geburtsdatum");
        }
        return new Row(
                line,
                number,
                upper(cell.apply("bg_nummer")),
                text(cell, "nachname"),
                text(cell, "vorname"),
                born,
                text(cell, "strasse"),
                cell.apply("plz"),
                text(cell, "ort"),
                cell.apply("telefon"),
                text(cell, "email"),
                date(cell, "leistungsbeginn"),
                exitOn,
                reason);
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A text that a spreadsheet would run as a formula is refused, so no export of nahbar's can carry one on. */
    private static String text(UnaryOperator<String> cell, String column) {
        String value = cell.apply(column);
        if (value != null && "=+-@".indexOf(value.charAt(0)) >= 0) {
            throw new Refused("benefits.formula", column);
        }
        return value;
    }

    private static LocalDate date(UnaryOperator<String> cell, String column) {
        String value = cell.apply(column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Refused("benefits.date", column);
        }
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
