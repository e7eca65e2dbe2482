package uk.skillsplan.insight;

/**
 * One figure of a provision import: for the area or one of its districts, a sector subject area
 * (tier 1, or {@code Total}), a level and a measure. Either a number, or the publisher's symbol
 * ({@code c}, {@code low}, {@code x}, {@code z}, {@code ~}, {@code :}), never a symbol read as zero.
 *
 * @param geographyLevel {@code AREA} or {@code DISTRICT}
 * @param incomplete for a sum over districts: some of them were suppressed or below 5, so the sum is a lower bound
 */
public record ProvisionFigure(String geographyLevel, String geographyCode, String subject, String level, String measure,
                              Long amount, String symbol, boolean incomplete) {
}
