package de.nahbar.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntConsumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one table as an Excel workbook (.xlsx) with Apache POI: a bold, frozen header row and
 * text cells, as the exported values are already formatted for German readers.
 */
public final class XlsxWriter {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Wide enough for names and dates without measuring fonts on a headless server. */
    private static final int COLUMN_WIDTH = 22 * 256;

    private XlsxWriter() {}

    public static byte[] write(String sheetName, List<String> header, List<List<String>> rows) {
        return write(sheetName, List.of(), header, rows, written -> {});
    }

    /**
     * The table below {@code preamble} lines (for example the filter an export was made with);
     * {@code progress} hears how many rows are written so far.
     */
    public static byte[] write(
            String sheetName,
            List<String> preamble,
            List<String> header,
            List<List<String>> rows,
            IntConsumer progress) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            for (int p = 0; p < preamble.size(); p++) {
                sheet.createRow(p).createCell(0).setCellValue(clean(preamble.get(p)));
            }
            int top = preamble.isEmpty() ? 0 : preamble.size() + 1;
            Row head = sheet.createRow(top);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(clean(header.get(c)));
                head.getCell(c).setCellStyle(headerStyle);
                sheet.setColumnWidth(c, COLUMN_WIDTH);
            }
            sheet.createFreezePane(0, top + 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(top + r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(clean(cells.get(c)));
                }
                progress.accept(r + 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text as a cell holds it: control characters, which no spreadsheet shows, are dropped. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }
}
