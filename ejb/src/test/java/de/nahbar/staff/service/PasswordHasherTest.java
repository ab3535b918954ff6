package de.nahbar.staff.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void hashIsBcryptInModularCryptFormAndVerifies() {
        String hash = PasswordHasher.hash("Sonnenblume-42");

        assertThat(hash).startsWith("$2a$10$").doesNotContain("Sonnenblume");
        assertThat(PasswordHasher.matches("Sonnenblume-42", hash)).isTrue();
        assertThat(PasswordHasher.matches("sonnenblume-42", hash)).isFalse();
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        assertThat(PasswordHasher.hash("geheim")).isNotEqualTo(PasswordHasher.hash("geheim"));
    }

    @Test
    void garbageHashDoesNotMatch() {
        assertThat(PasswordHasher.matches("geheim", "not-a-hash")).isFalse();
    }

    @Test
    void theDummyHashHasTheCostOfEveryStoredHashAndTheRealmUsesTheSameOne() throws Exception {
        assertThat(PasswordHasher.DUMMY_HASH)
                .startsWith("$2a$" + PasswordHasher.COST + "$")
                .hasSize(60);
        assertThat(PasswordHasher.matches("", PasswordHasher.DUMMY_HASH)).isFalse();
        String cli = Files.readString(Path.of("..", "ear", "src", "main", "wildfly", "nahbar.cli"));
        assertThat(cli).contains("'" + PasswordHasher.DUMMY_HASH + "'");
    }
}
