package uk.skillsplan.insight;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.LsipArea;
import uk.skillsplan.insight.population.ImportAreas;
import uk.skillsplan.directory.LocalAuthority;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.insight.population.PopulationPreviews;
import uk.skillsplan.insight.population.PopulationStore;
import uk.skillsplan.response.ImportFileReader;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.security.AuditTrail;
import uk.skillsplan.security.ErbLeadOrAdmin;

/**
 * The business population of an area (ONS UK Business Counts, as Nomis gives it): the ERB lead of
 * the area, or an administrator for any area, uploads the file; {@link #check} reads and checks it
 * without writing anything and returns what would be imported, and {@link #confirm} writes the
 * chosen year. A file with any problem (a negative or non-numeric count, a missing size band, an
 * unreadable file) cannot be confirmed: all or nothing. Every import is kept and recorded in the
 * audit trail.
 */
@Service
@Transactional(readOnly = true)
public class PopulationImportService {

    private final PopulationPreviews previews;
    private final PopulationStore store;
    private final ImportAreas areas;
    private final ReferenceDataService referenceData;
    private final ImportFileReader reader;
    private final AuditTrail audit;
    private final Clock clock;

    PopulationImportService(PopulationPreviews previews, PopulationStore store, ImportAreas areas,
                            ReferenceDataService referenceData, ImportFileReader reader, AuditTrail audit, Clock clock) {
        this.previews = previews;
        this.store = store;
        this.areas = areas;
        this.referenceData = referenceData;
        this.reader = reader;
        this.audit = audit;
        this.clock = clock;
    }

    /** The largest population file taken, for the upload to refuse a larger one before it is sent. */
    public long maxUploadBytes() {
        return previews.maxBytes();
    }

    /** Reads and checks a file for the area; writes nothing. The content is read here (not closed). */
    @ErbLeadOrAdmin
    public PopulationImportPreview check(String lsipCode, String fileName, InputStream content) {
        requireManaged(lsipCode);
        return previews.read(lsipCode, fileName, content);
    }

    /** Writes the chosen year of a checked file (the newest when {@code year} is null); returns the stored import. */
    @ErbLeadOrAdmin
    @Transactional
    public PopulationImportSummary confirm(PopulationImportPreview preview, Integer year) {
        Caller me = requireManaged(preview.lsipCode());
        if (!preview.ok()) {
            throw ValidationException.of(ValidationException.FORM, "The file has problems, so nothing can be imported. Correct them and upload it again.");
        }
        int chosen = year == null ? preview.latestYear() : year;
        PopulationYearSummary summary = preview.year(chosen);
        Set<String> areaDistricts = referenceData.localAuthoritiesIn(preview.lsipCode()).stream()
                .map(LocalAuthority::ladCode).collect(Collectors.toSet());
        List<PopulationCount> counts = preview.counts().stream().filter(c -> c.year() == chosen).toList();
        // The preview passed through the caller's hands: what is written is checked again.
        if (counts.stream().anyMatch(c -> !areaDistricts.contains(c.ladCode()) || c.businesses() < 0)) {
            throw ValidationException.of(ValidationException.FORM, "The checked file does not belong to this area. Upload it again.");
        }
        long id = store.insert(preview.lsipCode(), preview.unit(), chosen, preview.downloadedOn(), preview.industryScheme(),
                preview.detailedBands(), fileName(preview.fileName()), summary.districts().size(), summary.industries(),
                summary.totalBusinesses(), clock.instant(), me.displayName(), counts);
        audit.record(AuditAction.POPULATION_IMPORTED, "Business population " + chosen + " (import " + id + ")",
                preview.lsipCode(), String.format("%,d", summary.totalBusinesses()) + " "
                        + preview.unit().noun() + " in " + summary.districts().size()
                        + " districts from " + preview.fileName());
        return store.find(id).orElseThrow();
    }

    /** The area's population imports, newest first; earlier ones are kept. */
    @ErbLeadOrAdmin
    public List<PopulationImportSummary> imports(String lsipCode) {
        requireManaged(lsipCode);
        return store.imports(lsipCode);
    }

    /** The counts of one import of an area the caller manages. */
    @ErbLeadOrAdmin
    public List<PopulationCount> counts(long importId) {
        PopulationImportSummary found = store.find(importId)
                .orElseThrow(() -> new NotFoundException("There is no population import " + importId + "."));
        requireManaged(found.lsipCode());
        return store.counts(importId);
    }

    /** Writes a checked file's problems as a CSV report: row, column, value, reason. */
    @ErbLeadOrAdmin
    public void writeReport(PopulationImportPreview preview, OutputStream out) throws IOException {
        reader.writeReport(preview.errors(), preview.unlisted(), out);
    }

    /** The areas the caller may import a population for: their own (ERB lead), or every area (administrator). */
    @ErbLeadOrAdmin
    public List<LsipArea> areasForImport() {
        return areas.managed();
    }

    /** A file's name as stored: at most 255 characters. */
    static String fileName(String name) {
        String plain = name == null ? "" : name.strip();
        return plain.length() <= 255 ? plain : plain.substring(0, 255);
    }

    private Caller requireManaged(String lsipCode) {
        Caller me = areas.requireManaged(lsipCode, "business population");
        areas.area(lsipCode);
        return me;
    }
}
