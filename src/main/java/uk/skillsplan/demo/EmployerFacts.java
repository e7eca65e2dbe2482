package uk.skillsplan.demo;

import uk.skillsplan.directory.SizeBand;

/** What a synthetic employer's answers are built around: its sector, size, staff and place. */
record EmployerFacts(String sic, SizeBand size, int employment, String ladCode) {

    /** Size bands as 0..3, for tables of rates that rise with size. */
    int sizeIndex() {
        return size.ordinal();
    }

    /** Sites on the Isles of Scilly and in Cornwall: remote, seasonal labour markets. */
    boolean remote() {
        return ladCode.equals("E06000052") || ladCode.equals("E06000053");
    }
}
