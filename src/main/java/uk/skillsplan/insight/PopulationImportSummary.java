package uk.skillsplan.insight;

import java.time.Instant;
import java.time.LocalDate;

/** One stored business population import of an area (earlier imports are kept: a plan cites the one it used). */
public record PopulationImportSummary(long id, String lsipCode, PopulationUnit unit, int year, LocalDate downloadedOn,
                                      PopulationIndustryScheme industryScheme, boolean detailedBands, String fileName,
                                      int districts, int industries, long totalBusinesses, Instant importedAt,
                                      String importedBy) {
}
