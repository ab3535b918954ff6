package de.nahbar.staff.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What a new password must be (ASVS 6.2): at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_LENGTH} (bcrypt reads no more than 72 bytes), not one of the commonly used passwords
 * shipped with nahbar ({@code common-passwords.txt}, compared without case), and not the login
 * name or the person's name, and not easy to guess for a strength estimator (zxcvbn: repeats,
 * sequences, keyboard walks, dates, dictionary words; a guess estimate of at least
 * {@value #MIN_SCORE} of 4). No rules about character classes: length beats composition.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;

    /** Why a password is refused; the web layer words each in German. */
    public enum Refusal {
        TOO_SHORT,
        TOO_LONG,
        COMMON,
        CONTAINS_NAME,
        WEAK
    }

    /** zxcvbn's score from 0 (guessed at once) to 4 (very hard to guess); 3 is "safely unguessable" online. */
    static final int MIN_SCORE = 3;

    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private static final Set<String> COMMON = load();

    private PasswordRule() {}

    /** The first reason {@code password} may not be used by the person named, or empty when it may. */
    public static Optional<Refusal> check(String password, String username, String firstName, String lastName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > 72 || password.length() > MAX_LENGTH) {
            return Optional.of(Refusal.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.GERMAN);
        if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[0-9!?.]+$", ""))) {
            return Optional.of(Refusal.COMMON);
        }
        List<String> names = new ArrayList<>();
        for (String name : new String[] {username, firstName, lastName}) {
            if (name != null
                    && name.strip().length() >= 3
                    && lower.contains(name.strip().toLowerCase(Locale.GERMAN))) {
                return Optional.of(Refusal.CONTAINS_NAME);
            }
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return ESTIMATOR.measure(password, names).getScore() < MIN_SCORE ? Optional.of(Refusal.WEAK) : Optional.empty();
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRule.class.getResourceAsStream("common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.GERMAN))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
