package de.nahbar.caseload.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import de.nahbar.caseload.domain.Customer;
import de.nahbar.shared.domain.NameKey;
import de.nahbar.shared.domain.PhoneNumber;

/**
 * What a person types to find a customer, as a JPQL condition on a customer alias: a customer
 * number, also with spaces ("962D 100446") or its beginning; a phone number in any formatting,
 * or part of it; else words of the name in any order, each found in the name's key
 * ({@link NameKey}: "Demir, Fatma", "Fatma Demir", "Ozturk" for Öztürk). One rule for the lookup
 * box and the caseload list.
 */
public record CustomerSearch(String condition, Map<String, Object> parameters) {

    /** More words than a name has are noise. */
    private static final int WORDS_MAX = 4;

    /** The beginning of a customer number: its three digits, then D and digits (more digits are a phone). */
    private static final Pattern NUMBER_START = Pattern.compile("\\d{3}(D\\d{0,6})?");

    /** The condition for {@code typed}, with parameters named from {@code prefix}; empty when nothing was typed. */
    public static Optional<CustomerSearch> of(String typed, String alias, String prefix) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        Map<String, Object> parameters = new HashMap<>();
        if (Customer.isValidNumber(compact)) {
            parameters.put(prefix + "Number", compact);
            return Optional.of(new CustomerSearch(alias + ".customerNumber = :" + prefix + "Number", parameters));
        }
        if (NUMBER_START.matcher(compact).matches()) {
            parameters.put(prefix + "Number", compact + "%");
            return Optional.of(new CustomerSearch(alias + ".customerNumber like :" + prefix + "Number", parameters));
        }
        Optional<String> digits = PhoneNumber.searchDigits(text);
        if (digits.isPresent()) {
            parameters.put(prefix + "Phone", "%" + digits.get() + "%");
            return Optional.of(new CustomerSearch(alias + ".phoneKey like :" + prefix + "Phone", parameters));
        }
        List<String> words = NameKey.words(text, WORDS_MAX);
        StringBuilder condition = new StringBuilder("(");
        for (int i = 0; i < words.size(); i++) {
            String name = prefix + "Word" + i;
            condition
                    .append(i == 0 ? "" : " and ")
                    .append(alias)
                    .append(".nameKey like :")
                    .append(name)
                    .append(" escape '\\'");
            parameters.put(name, "%" + escape(words.get(i)) + "%");
        }
        return Optional.of(new CustomerSearch(condition.append(')').toString(), parameters));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
