package de.nahbar.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    /** Typed, the customer's last and first name as nahbar holds them, and whether the search finds them. */
    @ParameterizedTest(name = "\"{0}\" finds {1}, {2}: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Demir, Fatma      | Demir     | Fatma  | true",
                "Demir Fatma       | Demir     | Fatma  | true",
                "Fatma Demir       | Demir     | Fatma  | true",
                "demir fat         | Demir     | Fatma  | true",
                "DEMIR             | Demir     | Fatma  | true",
                "Demir, Ayse       | Demir     | Fatma  | false",
                "Yilmaz            | Yılmaz    | Berkan | true",
                "Yılmaz            | Yilmaz    | Berkan | true",
                "Ozturk            | Öztürk    | Mehmet | true",
                "Oeztuerk          | Öztürk    | Mehmet | true",
                "Öztürk            | Ozturk    | Mehmet | true",
                "Mueller           | Müller    | Jana   | true",
                "Muller            | Müller    | Jana   | true",
                "Müller            | Mueller   | Jana   | true",
                "Weiss             | Weiß      | Ida    | true",
                "Weiß              | Weiss     | Ida    | true",
                "Celik             | Çelik     | Emre   | true",
                "Dabrowski Marek   | Dąbrowski | Marek  | true",
                "Petrovic          | Petrović  | Ana    | true",
                "Lüdenscheidt      | Müller-Lüdenscheidt | Eva | true",
                "Schulz, Julia     | Schulz    | Julia  | true",
                "Julia Schulz      | Schulz    | Julia  | true",
                "Julia Schmidt     | Schulz    | Julia  | false",
                "Nguyen            | Nguyễn    | Linh   | true",
            })
    void findsAPersonHoweverTheNameIsWritten(String typed, String lastName, String firstName, boolean found) {
        assertThat(NameKey.matches(typed, lastName, firstName)).isEqualTo(found);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Öztürk Mehmet | ozturk mehmet", "Weiß | weiss", "  Yılmaz  | yilmaz", "Łukasz | lukasz"})
    void foldsToOneKey(String text, String key) {
        assertThat(NameKey.fold(text)).isEqualTo(key);
    }
}
