package de.nahbar.caseload.domain;

/**
 * The legal care key of § 44c Abs. 4 SGB II: one caseworker for 75 customers under 25, one for
 * 150 from 25. A caseload's load is the share of a full position it needs under that key, in
 * percent; 100 means exactly one full position.
 */
public final class CaseloadKey {

    public static final int UNDER_25 = 75;
    public static final int FROM_25 = 150;

    private CaseloadKey() {}

    /** The load in percent, rounded to whole percent. */
    public static int loadPercent(long under25, long from25) {
        if (under25 < 0 || from25 < 0) {
            throw new IllegalArgumentException("negative caseload");
        }
        // 100 × (u/75 + o/150) = (200u + 100o) / 150, rounded half up in integers
        return (int) ((200 * under25 + 100 * from25 + FROM_25 / 2) / FROM_25);
    }
}
