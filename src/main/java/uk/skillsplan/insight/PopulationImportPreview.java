package uk.skillsplan.insight;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.skillsplan.response.ImportError;

/**
 * A business population file read and checked, not yet written: what the confirmation screen
 * shows before the person commits the import. When {@code errorCount} is not 0 nothing can be
 * imported and {@code errors} says why, row by row (the first 1,000).
 *
 * @param lsipCode the area the import is for
 * @param years the years the file holds, newest first; the newest is imported unless the person chooses another
 * @param notes row-level remarks that do not stop the import: district names that match nothing, merged districts
 * @param outsideEngland districts outside England (Wales, Scotland, Northern Ireland) skipped
 * @param otherGeographies rows of other geography types skipped (country, lep, user-defined areas), by type
 * @param otherAreaDistricts English districts of other LSIP areas skipped
 * @param counts the area's counts for every year of the file (only written for the chosen year)
 */
public record PopulationImportPreview(String lsipCode, String fileName, PopulationUnit unit, LocalDate downloadedOn,
                                      PopulationIndustryScheme industryScheme, boolean detailedBands,
                                      List<PopulationYearSummary> years, List<ImportError> notes, int outsideEngland,
                                      Map<String, Integer> otherGeographies, int otherAreaDistricts,
                                      List<PopulationCount> counts, List<ImportError> errors, int errorCount,
                                      String summary) {

    public PopulationImportPreview {
        years = years.stream().sorted(Comparator.comparingInt(PopulationYearSummary::year).reversed()).toList();
        notes = List.copyOf(notes);
        otherGeographies = Map.copyOf(otherGeographies);
        counts = List.copyOf(counts);
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errorCount == 0;
    }

    /** The newest year of the file, imported unless the person chooses another. */
    public int latestYear() {
        return years.getFirst().year();
    }

    public PopulationYearSummary year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The file holds no figures for " + year + "."));
    }

    /** Problems found but not listed. */
    public int unlisted() {
        return errorCount - errors.size();
    }
}
