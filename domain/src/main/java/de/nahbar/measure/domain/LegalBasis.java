package de.nahbar.measure.domain;

/** The legal basis a measure is bought or run under; the UI names the paragraph and its purpose. */
public enum LegalBasis {
    /** §45 SGB III: Maßnahmen zur Aktivierung und beruflichen Eingliederung. */
    SGB3_45,
    /** §16d SGB II: Arbeitsgelegenheit. */
    SGB2_16D,
    /** §16e SGB II: Eingliederung von Langzeitarbeitslosen. */
    SGB2_16E,
    /** §16i SGB II: Teilhabe am Arbeitsmarkt. */
    SGB2_16I,
    /** §16k SGB II: ganzheitliche Betreuung. */
    SGB2_16K,
    /** §16h SGB II: Förderung schwer zu erreichender junger Menschen. */
    SGB2_16H,
    OTHER
}
