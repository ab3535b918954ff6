package de.nahbar.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+49 345 1234567",
                "0049 345/1234567",
                "0345 1234-567",
                "(0345) 12 34 567",
                " 0345.1234567 ",
                "+49 (0) 345 1234567",
                "+49 (0)345-1234567",
                "0049 (0) 345 1234567"
            })
    void everyGermanWayOfWritingANumberGivesTheSameCanonicalForm(String typed) {
        assertThat(PhoneNumber.canonical(typed)).contains("+493451234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "0345 abc", "+49", "0", "", "  ", "0049", "+0 345 1234567"})
    void whatCannotBeDialledIsRefused(String typed) {
        assertThat(PhoneNumber.isValid(typed)).isFalse();
        assertThatThrownBy(() -> PhoneNumber.require(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void foreignNumbersKeepTheirCountryCode() {
        assertThat(PhoneNumber.canonical("0048 22 1234567")).contains("+48221234567");
        assertThat(PhoneNumber.national("+48221234567")).isEqualTo("+48221234567");
    }

    @Test
    void nationalFormIsHowAGermanReaderDials() {
        assertThat(PhoneNumber.national("+493451234567")).isEqualTo("03451234567");
        assertThat(PhoneNumber.national("+491512345678")).isEqualTo("0151 2345678");
        assertThat(PhoneNumber.national(null)).isNull();
    }

    @Test
    void partlyTypedNumbersSearchByTheDigitsAllFormsShare() {
        assertThat(PhoneNumber.searchDigits("0345 123")).contains("345123");
        assertThat(PhoneNumber.searchDigits("+49 345 123")).contains("345123");
        assertThat(PhoneNumber.searchDigits("0049345123")).contains("345123");
        assertThat(PhoneNumber.searchDigits("+49 (0) 151 2103")).contains("1512103");
        assertThat(PhoneNumber.searchDigits("1234567")).contains("1234567");
        assertThat(PhoneNumber.searchDigits("012")).isEmpty();
        assertThat(PhoneNumber.searchDigits("Müller")).isEmpty();
        assertThat(PhoneNumber.searchDigits(null)).isEmpty();
    }
}
