package de.nahbar.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeRedirectsTest {

    @Test
    void aRedirectKeepsPathAndQueryAndDropsTheHostTheClientNamed() {
        assertThat(RelativeRedirects.path("/", "http://evil.example/caseload/today.xhtml"))
                .isEqualTo("/caseload/today.xhtml");
        assertThat(RelativeRedirects.path("/x", "https://evil.example:8443/case/file.xhtml?id=4&tab=2#notes"))
                .isEqualTo("/case/file.xhtml?id=4&tab=2#notes");
        assertThat(RelativeRedirects.path("/case/file.xhtml", "list.xhtml?q=a%20b"))
                .isEqualTo("/case/list.xhtml?q=a%20b");
        assertThat(RelativeRedirects.path("/", "http://evil.example")).isEqualTo("/");
    }

    @Test
    void noAddressLeadsToAnotherHost() {
        assertThat(RelativeRedirects.path("/", "//evil.example/x")).isEqualTo("/x");
        assertThat(RelativeRedirects.path("/", "/\\evil")).isEqualTo("/");
        assertThat(RelativeRedirects.path("/", "///evil.example/x"))
                .startsWith("/")
                .doesNotStartWith("//");
    }
}
