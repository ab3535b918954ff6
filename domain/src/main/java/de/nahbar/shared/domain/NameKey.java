package de.nahbar.shared.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as searches compare it, so that a person is found however a caller spells them or a
 * keyboard lacks their letters: lower case, accents and umlauts folded to their base letter
 * ("Öztürk", "Oeztuerk" and "Ozturk" all give "ozturk"; "Yılmaz" gives "yilmaz"; "Weiß" gives
 * "weiss"), the German transcriptions ae, oe, ue folded the same way on both sides. A search is
 * words in any order, each found in the key: "Demir, Fatma", "Fatma Demir" and "demir fat".
 */
public final class NameKey {

    /** Room for a last and a first name whose ß each became two letters. */
    public static final int LENGTH_MAX = 410;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    private NameKey() {}

    /** The key of a customer's name: last name, then first name. */
    public static String of(String lastName, String firstName) {
        return fold(lastName + " " + firstName);
    }

    /** Text folded as keys are: also what a search compares. */
    public static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(plain.length() + 8);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case 'ı' -> folded.append('i');
                case 'ł' -> folded.append('l');
                case 'ø' -> folded.append('o');
                case 'đ' -> folded.append('d');
                case 'ß' -> folded.append("ss");
                case 'æ' -> folded.append("ae");
                case 'œ' -> folded.append("oe");
                default -> folded.append(c);
            }
        }
        return folded.toString().replace("ae", "a").replace("oe", "o").replace("ue", "u");
    }

    /** The words of a search, each folded; at most {@code max}, the rest ignored. */
    public static List<String> words(String typed, int max) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(typed.strip()))
                .filter(word -> !word.isBlank())
                .map(NameKey::fold)
                .limit(max)
                .toList();
    }

    /** Whether every word of the search is in the name's key: the rule the database query follows. */
    public static boolean matches(String typed, String lastName, String firstName) {
        List<String> words = words(typed, Integer.MAX_VALUE);
        String key = of(lastName, firstName);
        return !words.isEmpty() && words.stream().allMatch(key::contains);
    }
}
