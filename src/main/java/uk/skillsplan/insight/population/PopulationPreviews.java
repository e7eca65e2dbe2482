package uk.skillsplan.insight.population;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import uk.skillsplan.directory.LocalAuthority;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.insight.PopulationCount;
import uk.skillsplan.insight.PopulationImportPreview;
import uk.skillsplan.insight.PopulationYearSummary;
import uk.skillsplan.response.ImportError;
import uk.skillsplan.response.ImportFileReader;

/** Reads a population file through the hardened import reader and turns it into what the confirmation screen shows. */
@Component
public class PopulationPreviews {

    private final ImportFileReader reader;
    private final ReferenceDataService referenceData;
    private final long maxBytes;
    private final int maxRows;
    private volatile Districts districts;

    PopulationPreviews(ImportFileReader reader, ReferenceDataService referenceData,
                       @Value("${skillsplan.population-import.max-bytes:32MB}") DataSize maxBytes,
                       @Value("${skillsplan.population-import.max-rows:250000}") int maxRows) {
        this.reader = reader;
        this.referenceData = referenceData;
        this.maxBytes = maxBytes.toBytes();
        this.maxRows = maxRows;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Districts districts() {
        if (districts == null) {
            districts = new Districts(referenceData.localAuthorities());
        }
        return districts;
    }

    public PopulationImportPreview read(String lsipCode, String fileName, InputStream content) {
        PopulationErrors errors = new PopulationErrors();
        NomisPopulationFile file = new NomisPopulationFile(districts(), lsipCode, errors);
        Optional<ImportError> unreadable = reader.readEveryRow(fileName, content, maxBytes, maxRows, file);
        unreadable.ifPresent(errors::add);
        if (unreadable.isEmpty() && !file.recognised()) {
            errors.add(0, "", "", "This is not a UK Business Counts file as Nomis lays it out: no block with the title "
                    + "\"UK Business Counts - ...\" and a header row naming the size bands was found. Download the "
                    + "query from Nomis (CSV or Excel) and upload the file as it is.");
        }
        List<PopulationCount> counts = new ArrayList<>();
        file.counts().forEach((key, n) -> counts.add(new PopulationCount(key.year(), key.ladCode(), key.industryCode(),
                file.industryNames().get(key.industryCode()), key.sizeBand(), n)));
        counts.sort(Comparator.comparingInt(PopulationCount::year).thenComparing(PopulationCount::ladCode)
                .thenComparing(PopulationCount::industryCode).thenComparing(PopulationCount::sizeBand));
        if (!errors.any() && counts.isEmpty()) {
            errors.add(0, "", "", "The file holds no district of this area (" + areaName(lsipCode) + "). Download it "
                    + "from Nomis with the area's local authority districts selected.");
        }
        List<PopulationYearSummary> years = errors.any() ? List.of() : years(counts);
        String summary = errors.any()
                ? "Nothing was imported: " + fileName + " has " + (errors.count() == 1 ? "1 problem" : errors.count()
                + " problems") + ". Download the report to see each problem's row, column and reason, correct the "
                + "file and upload it again."
                : "Checked " + fileName + ": nothing is imported until you confirm.";
        return new PopulationImportPreview(lsipCode, fileName, file.unit(), file.downloadedOn(), file.scheme(),
                file.detailedBands(), years, file.notes(), file.outsideEngland(), file.otherGeographies(),
                file.otherAreaDistricts(), errors.any() ? List.of() : counts, errors.listed(), errors.count(), summary);
    }

    private List<PopulationYearSummary> years(List<PopulationCount> counts) {
        Map<String, String> names = referenceData.localAuthorities().stream()
                .collect(Collectors.toMap(LocalAuthority::ladCode, LocalAuthority::name));
        Map<Integer, List<PopulationCount>> byYear = counts.stream()
                .collect(Collectors.groupingBy(PopulationCount::year, TreeMap::new, Collectors.toList()));
        List<PopulationYearSummary> years = new ArrayList<>();
        byYear.forEach((year, list) -> years.add(new PopulationYearSummary(year,
                list.stream().map(c -> names.getOrDefault(c.ladCode(), c.ladCode())).collect(Collectors.toCollection(TreeSet::new))
                        .stream().toList(),
                (int) list.stream().map(PopulationCount::industryCode).distinct().count(),
                list.stream().mapToLong(PopulationCount::businesses).sum())));
        return years;
    }

    private String areaName(String lsipCode) {
        return referenceData.area(lsipCode).map(a -> a.name()).orElse(lsipCode);
    }
}
