package uk.skillsplan.insight;

import java.time.Instant;

/**
 * One stored import of DfE further-education statistics for an area.
 *
 * @param timePeriod the academic year as DfE writes it ({@code 202122})
 * @param layout which publication's layout the file had
 * @param summedFromDistricts true when the file had no LSIP level and the area's figures are sums of its districts
 */
public record ProvisionImportSummary(long id, String lsipCode, String timePeriod, String layout, String fileName,
                                     boolean summedFromDistricts, int figures, Instant importedAt, String importedBy) {

    /** "2021/22" for 202122. */
    public String academicYear() {
        return timePeriod.length() == 6 ? timePeriod.substring(0, 4) + "/" + timePeriod.substring(4) : timePeriod;
    }
}
