package de.nahbar.team.web;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import de.nahbar.measure.domain.PlaceUse;
import de.nahbar.team.service.MeasureOccupancy;
import de.nahbar.team.service.OccupancyReport;

/**
 * The occupancy overview as the page shows it, turned into text cells once, in the reader's
 * language: the filter it was made with, one row per measure with its month-by-month figures,
 * and the totals. Excel and PDF exports are both written from it, so both show the same.
 */
record OccupancySheet(
        String title,
        List<String> preamble,
        List<String> header,
        List<List<String>> rows,
        List<String> monthHeader,
        List<List<String>> monthRows,
        List<String> trend) {

    /** Columns of the main table that the PDF shows: all but the legal basis, whose names are long (the filter line names it). */
    static final int[] PDF_COLUMNS = {0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

    static OccupancySheet of(OccupancyReport report, List<String> filterLines, ResourceBundle bundle, Locale locale) {
        Texts t = new Texts(bundle, locale);
        List<String> preamble = new ArrayList<>();
        preamble.add(t.text("occupancy.title"));
        preamble.add(t.text("occupancy.asOf", t.date(report.asOf())));
        preamble.addAll(filterLines);
        List<String> header = new ArrayList<>(List.of(
                t.text("occupancy.number"),
                t.text("occupancy.measureTitle"),
                t.text("occupancy.provider"),
                t.text("occupancy.legalBasis"),
                t.text("occupancy.location"),
                t.text("occupancy.purchased"),
                t.text("occupancy.minimum"),
                t.text("occupancy.reserved"),
                t.text("occupancy.allocated"),
                t.text("occupancy.started"),
                t.text("occupancy.free"),
                t.text("occupancy.fillRate"),
                t.text("occupancy.takeUp"),
                t.text("occupancy.exits"),
                t.text("occupancy.unusedPlaceMonths"),
                t.text("occupancy.unusedCost"),
                t.text("occupancy.emptyMinimumCost")));
        List<String> monthHeader = new ArrayList<>(List.of(t.text("occupancy.number")));
        for (YearMonth month : report.months()) {
            monthHeader.add(t.month(month));
        }
        header.addAll(monthHeader.subList(1, monthHeader.size()));
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> monthRows = new ArrayList<>();
        for (MeasureOccupancy m : report.measures()) {
            PlaceUse use = m.use();
            List<String> row = new ArrayList<>(List.of(
                    m.number(),
                    m.title(),
                    m.provider(),
                    bundle.getString("LegalBasis." + m.legalBasis().name()),
                    m.location(),
                    t.number(m.purchased()),
                    t.number(m.minimum()),
                    t.number(m.reserved()),
                    t.number(m.allocated()),
                    t.number(m.started()),
                    t.number(m.free()),
                    t.percent(m.fillRate()),
                    t.percent(m.takeUpRate()),
                    t.number(m.upcomingExits()),
                    t.number(use.unusedPlaceMonths()),
                    t.money(use.unusedCost()),
                    t.money(use.emptyMinimumCost())));
            List<String> months = new ArrayList<>(List.of(m.number()));
            for (Integer occupied : m.occupiedByMonth()) {
                months.add(occupied == null ? "–" : t.number(occupied));
            }
            row.addAll(months.subList(1, months.size()));
            rows.add(row);
            monthRows.add(months);
        }
        List<String> totals = new ArrayList<>(List.of(
                t.text("occupancy.total"),
                "",
                "",
                "",
                "",
                t.number(report.purchased()),
                t.number(report.minimum()),
                t.number(report.reserved()),
                t.number(report.allocated()),
                t.number(report.started()),
                t.number(report.free()),
                t.percent(report.fillRate()),
                t.percent(report.takeUpRate()),
                t.number(report.upcomingExits()),
                t.number(report.unusedPlaceMonths()),
                t.money(report.unusedCost()),
                t.money(report.emptyMinimumCost())));
        List<String> trend = new ArrayList<>(List.of(t.text("occupancy.trendRow")));
        for (Integer rate : report.trend()) {
            trend.add(t.percent(rate));
        }
        totals.addAll(trend.subList(1, trend.size()));
        rows.add(totals);
        return new OccupancySheet(t.text("occupancy.title"), preamble, header, rows, monthHeader, monthRows, trend);
    }

    static List<String> pick(List<String> cells, int[] columns) {
        List<String> picked = new ArrayList<>();
        for (int c : columns) {
            picked.add(cells.get(c));
        }
        return picked;
    }

    /** Formats in the reader's language. */
    record Texts(ResourceBundle bundle, Locale locale) {

        String text(String key, Object... arguments) {
            String text = bundle.getString(key);
            return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
        }

        String date(LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .format(date);
        }

        String month(YearMonth month) {
            return DateTimeFormatter.ofPattern("MM/yyyy", locale).format(month);
        }

        String number(long value) {
            return NumberFormat.getIntegerInstance(locale).format(value);
        }

        String percent(Integer value) {
            return value == null ? "–" : value + " %";
        }

        String money(BigDecimal value) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(value) + " €";
        }
    }
}
