package de.nahbar.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    @Test
    void workbookHoldsABoldHeaderAndTheRowsAsText() throws IOException {
        byte[] xlsx = XlsxWriter.write(
                "Mein Bestand",
                List.of("Name", "Kundennummer"),
                List.of(List.of("Öztürk, Mehmet", "962D100000"), List.of("Müller & <Söhne>", "962D100001")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Mein Bestand");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Kundennummer");
            assertThat(workbook.getFontAt(
                                    sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Öztürk, Mehmet");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Müller & <Söhne>");
        }
    }

    @Test
    void controlCharactersAreDropped() {
        assertThat(XlsxWriter.clean("a\u0001b\tc")).isEqualTo("ab\tc");
    }
}
