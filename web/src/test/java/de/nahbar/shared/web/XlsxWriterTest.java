package de.nahbar.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    @Test
    void workbookHoldsHeaderAndRowsAsEscapedText() throws IOException {
        byte[] xlsx = XlsxWriter.write("Mein Bestand", List.of("Name", "Kundennummer"),
                List.of(List.of("Öztürk, Mehmet", "962D100000"), List.of("Müller & <Söhne>", "962D100001")));

        Map<String, String> parts = unzip(xlsx);
        assertThat(parts).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<row r=\"1\">", "<row r=\"3\">", "Öztürk, Mehmet", "Müller &amp; &lt;Söhne&gt;");
        assertThat(parts.get("xl/workbook.xml")).contains("name=\"Mein Bestand\"");
    }

    @Test
    void controlCharactersAreDropped() {
        assertThat(XlsxWriter.escape("a\u0001b\tc")).isEqualTo("ab\tc");
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
