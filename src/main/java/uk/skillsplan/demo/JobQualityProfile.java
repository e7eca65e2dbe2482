package uk.skillsplan.demo;

import java.util.HashMap;
import java.util.Map;

/**
 * How insecure and low-paid work typically is in one SIC section, for synthetic responses: the
 * share of staff paid below the Real Living Wage, how many sites use zero-hours or agency staff,
 * part-time and fixed-term shares, how much part-time work is involuntary, short tenure, and how
 * often sick pay and recognised unions come with the job. Rounded, illustrative readings of the
 * Living Wage Foundation, ONS (LFS, ASHE) and Work Foundation figures: hospitality, retail, care
 * and admin/support sit far below professional and digital work, as they do in the real data.
 */
record JobQualityProfile(double belowRealLivingWage, double zeroHoursUse, double partTime,
                         double involuntaryPartTime, double agencyUse, double fixedTerm, double tenureUnderTwo,
                         double sickPay, double union) {

    private static final Map<String, JobQualityProfile> BY_SECTION = new HashMap<>();

    static {
        //             below RLW, zero-hours use, part-time, involuntary PT, agency use, fixed-term, tenure<2, sick pay, union
        BY_SECTION.put("A", new JobQualityProfile(0.30, 0.10, 0.20, 0.10, 0.10, 0.08, 0.25, 0.25, 0.05));
        BY_SECTION.put("B", new JobQualityProfile(0.05, 0.02, 0.05, 0.05, 0.10, 0.03, 0.20, 0.60, 0.30));
        BY_SECTION.put("C", new JobQualityProfile(0.12, 0.05, 0.08, 0.08, 0.25, 0.03, 0.22, 0.45, 0.30));
        BY_SECTION.put("D", new JobQualityProfile(0.03, 0.01, 0.08, 0.05, 0.15, 0.04, 0.18, 0.85, 0.55));
        BY_SECTION.put("E", new JobQualityProfile(0.10, 0.05, 0.08, 0.08, 0.25, 0.04, 0.22, 0.50, 0.45));
        BY_SECTION.put("F", new JobQualityProfile(0.08, 0.05, 0.07, 0.08, 0.15, 0.05, 0.25, 0.30, 0.10));
        BY_SECTION.put("G", new JobQualityProfile(0.35, 0.20, 0.45, 0.22, 0.05, 0.04, 0.35, 0.25, 0.10));
        BY_SECTION.put("H", new JobQualityProfile(0.15, 0.10, 0.15, 0.12, 0.30, 0.04, 0.30, 0.40, 0.45));
        BY_SECTION.put("I", new JobQualityProfile(0.55, 0.40, 0.55, 0.25, 0.08, 0.05, 0.45, 0.12, 0.03));
        BY_SECTION.put("J", new JobQualityProfile(0.03, 0.03, 0.10, 0.05, 0.10, 0.05, 0.28, 0.80, 0.05));
        BY_SECTION.put("K", new JobQualityProfile(0.03, 0.02, 0.15, 0.05, 0.10, 0.04, 0.20, 0.85, 0.20));
        BY_SECTION.put("L", new JobQualityProfile(0.08, 0.05, 0.20, 0.08, 0.05, 0.04, 0.22, 0.55, 0.05));
        BY_SECTION.put("M", new JobQualityProfile(0.04, 0.03, 0.15, 0.06, 0.08, 0.05, 0.22, 0.75, 0.05));
        BY_SECTION.put("N", new JobQualityProfile(0.35, 0.30, 0.30, 0.25, 0.25, 0.08, 0.40, 0.20, 0.10));
        BY_SECTION.put("O", new JobQualityProfile(0.03, 0.02, 0.20, 0.05, 0.15, 0.08, 0.12, 0.90, 0.85));
        BY_SECTION.put("P", new JobQualityProfile(0.10, 0.10, 0.35, 0.10, 0.15, 0.12, 0.18, 0.80, 0.65));
        BY_SECTION.put("Q", new JobQualityProfile(0.30, 0.30, 0.40, 0.20, 0.20, 0.05, 0.30, 0.35, 0.35));
        BY_SECTION.put("R", new JobQualityProfile(0.25, 0.30, 0.40, 0.15, 0.05, 0.10, 0.35, 0.35, 0.20));
        BY_SECTION.put("S", new JobQualityProfile(0.25, 0.10, 0.35, 0.12, 0.03, 0.05, 0.28, 0.25, 0.05));
        BY_SECTION.put("T", new JobQualityProfile(0.40, 0.20, 0.50, 0.20, 0.02, 0.05, 0.30, 0.10, 0.00));
        BY_SECTION.put("U", new JobQualityProfile(0.03, 0.01, 0.10, 0.05, 0.05, 0.10, 0.20, 0.90, 0.30));
    }

    static JobQualityProfile of(String sic) {
        JobQualityProfile profile = BY_SECTION.get(sic);
        if (profile == null) {
            throw new IllegalArgumentException("No synthetic job-quality profile for SIC section " + sic);
        }
        return profile;
    }

    /** Sectors whose staff mostly work shifts set week by week rather than fixed hours. */
    static boolean shiftWork(String sic) {
        return "GHINQR".contains(sic);
    }
}
