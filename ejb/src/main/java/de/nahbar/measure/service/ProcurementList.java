package de.nahbar.measure.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import de.nahbar.shared.service.CsvFormats;

/**
 * Reads a procurement list as a table of texts by column name: CSV with Apache Commons CSV
 * (semicolon or comma, UTF-8, as German spreadsheets save it) or .xlsx with Apache POI (first
 * sheet; date cells as dd.MM.yyyy). Headers are matched without regard to case and spaces.
 */
final class ProcurementList {

    /** More rows than this are a catalogue for several imports, not one. */
    static final int ROWS_MAX = 2000;

    static final int BYTES_MAX = 5 * 1024 * 1024;

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ProcurementList() {}

    /** A data row: its number as the spreadsheet counts (header = 1) and its cells by normalised header. */
    record Row(int number, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(key(column));
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** Why a file cannot be read at all: its message is the problem's key. */
    static final class Unreadable extends RuntimeException {

        Unreadable(String key, Throwable cause) {
            super(key, cause);
        }
    }

    /** The rows; throws {@link Unreadable} when the file cannot be read at all. */
    static List<Row> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new Unreadable("empty", null);
        }
        if (content.length > BYTES_MAX) {
            throw new Unreadable("tooLarge", null);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                return xlsx(content);
            }
            if (name.endsWith(".csv")) {
                return csv(content);
            }
        } catch (Unreadable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a broken spreadsheet or CSV, whatever the library found wrong
            throw new Unreadable("unreadable", e);
        }
        throw new Unreadable("fileType", null);
    }

    static String key(String header) {
        return header == null
                ? ""
                : header.replace("\uFEFF", "").replaceAll("\\s+", "").toLowerCase(Locale.GERMAN);
    }

    private static List<Row> csv(byte[] content) throws IOException {
        String firstLine =
                new String(content, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CsvFormats.withHeader(delimiter);
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> headers = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    cells.put(key(headers.get(i)), record.get(i));
                }
                rows.add(new Row((int) parser.getCurrentLineNumber(), cells));
                tooMany(rows);
            }
        }
        return rows;
    }

    private static List<Row> xlsx(byte[] content) throws IOException {
        List<Row> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.GERMANY);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return rows;
            }
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                headers.add(text(header.getCell(c), formatter));
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean empty = true;
                for (int c = 0; c < headers.size(); c++) {
                    String value = text(row.getCell(c), formatter);
                    empty &= value.isBlank();
                    cells.put(key(headers.get(c)), value);
                }
                if (!empty) {
                    rows.add(new Row(r + 1, cells));
                    tooMany(rows);
                }
            }
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(GERMAN_DATE);
        }
        return formatter.formatCellValue(cell);
    }

    private static void tooMany(List<Row> rows) {
        if (rows.size() > ROWS_MAX) {
            throw new Unreadable("tooManyRows", null);
        }
    }
}
