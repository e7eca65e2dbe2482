package uk.skillsplan.response;

import java.util.List;

/** How far a round has got: totals, and counts by local authority, sector and size band. */
public record RoundProgress(ProgressRow total, List<ProgressRow> byLocalAuthority, List<ProgressRow> bySector,
                           List<ProgressRow> bySizeBand) {
}
