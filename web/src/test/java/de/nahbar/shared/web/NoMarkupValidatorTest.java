package de.nahbar.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoMarkupValidatorTest {

    @Test
    void markupIsRecognisedButComparisonsAreNot() {
        assertThat(NoMarkupValidator.MARKUP.matcher("<script>alert(1)</script>").find())
                .isTrue();
        assertThat(NoMarkupValidator.MARKUP.matcher("Text </b>").find()).isTrue();
        assertThat(NoMarkupValidator.MARKUP.matcher("< img src=x>").find()).isTrue();
        assertThat(NoMarkupValidator.MARKUP
                        .matcher("Einkommen < 500 Euro, Alter <25")
                        .find())
                .isFalse();
    }
}
