package de.nahbar.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordIdConverterTest {

    private final RecordIdConverter converter = new RecordIdConverter();

    @ParameterizedTest
    @ValueSource(
            strings = {"abc", "-1", "0", "1.5", "99999999999999999999", "1; drop table customer", " 12", "<script>", ""
            })
    void whatIsNoIdMeansNoRecord(String typed) {
        assertThat(RecordIdConverter.parse(typed)).isNull();
    }

    @Test
    void aPositiveNumberIsTheRecordsId() {
        assertThat(RecordIdConverter.parse("1550")).isEqualTo(1550L);
        assertThat(RecordIdConverter.parse("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
        assertThat(RecordIdConverter.parse(null)).isNull();
        assertThat(converter.getAsString(null, null, 42L)).isEqualTo("42");
    }
}
