package de.nahbar.shared.service;

import org.apache.commons.csv.CSVFormat;

/** The CSV dialect of the files nahbar reads: a header row, trimmed fields, empty lines skipped. */
public final class CsvFormats {

    private CsvFormats() {}

    public static CSVFormat withHeader(char delimiter) {
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
    }
}
