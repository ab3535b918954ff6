package de.nahbar.caseload.web;

import de.nahbar.caseload.domain.ImportRun;

/**
 * A refused row of the benefits file in words, the same on the page and in the REST answer: the
 * file's own refusals name their column in the message; a domain rule's message is put after
 * its column.
 */
final class RefusalTexts {

    /** The bundle to take the words from: the page's language, or German for a machine. */
    interface Texts {
        String get(String key, Object... arguments);
    }

    private RefusalTexts() {}

    static String reason(ImportRun.Refusal refusal, Texts texts) {
        return refusal.reasonKey().startsWith("benefits.") || refusal.detail() == null
                ? texts.get(refusal.reasonKey(), refusal.detail())
                : texts.get("benefits.inColumn", refusal.detail(), texts.get(refusal.reasonKey()));
    }
}
