package uk.skillsplan.insight;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.insight.population.ImportAreas;
import uk.skillsplan.directory.LsipArea;
import uk.skillsplan.insight.provision.ProvisionFiles;
import uk.skillsplan.insight.provision.ProvisionStore;
import uk.skillsplan.response.ImportFileReader;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.security.AuditTrail;
import uk.skillsplan.security.ErbLeadOrAdmin;

/**
 * DfE further-education statistics for an area (what colleges and providers deliver), imported
 * from Explore Education Statistics files by the area's ERB lead or an administrator. A file with
 * any problem is refused with every problem by row, column, value and reason, and nothing is
 * written. Every import is kept and recorded in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class ProvisionImportService {

    private final ProvisionFiles files;
    private final ProvisionStore store;
    private final ImportAreas areas;
    private final ImportFileReader reader;
    private final AuditTrail audit;
    private final Clock clock;

    ProvisionImportService(ProvisionFiles files, ProvisionStore store, ImportAreas areas,
                           ImportFileReader reader, AuditTrail audit, Clock clock) {
        this.files = files;
        this.store = store;
        this.areas = areas;
        this.reader = reader;
        this.audit = audit;
        this.clock = clock;
    }

    public long maxUploadBytes() {
        return files.maxBytes();
    }

    /** Imports the area's figures of the file's latest period: all of them, or none. The content is read here (not closed). */
    @ErbLeadOrAdmin
    @Transactional
    public ProvisionImportResult importFile(String lsipCode, String fileName, InputStream content) {
        Caller me = areas.requireManaged(lsipCode, "provision data");
        LsipArea area = areas.area(lsipCode);
        ProvisionFiles.Read read = files.read(area, fileName, content);
        if (read.errors().any()) {
            int count = read.errors().count();
            return new ProvisionImportResult(null, read.notes(), read.errors().listed(), count, "Nothing was imported: "
                    + fileName + " has " + (count == 1 ? "1 problem" : count + " problems") + ". Download the report to "
                    + "see each problem's row, column and reason, correct the file and upload it again.");
        }
        long id = store.insert(lsipCode, read.period(), read.layout(), PopulationImportService.fileName(fileName), read.summedFromDistricts(),
                clock.instant(), me.displayName(), read.figures());
        ProvisionImportSummary imported = store.find(id).orElseThrow();
        audit.record(AuditAction.PROVISION_IMPORTED, "Provision data " + imported.academicYear() + " (import " + id + ")",
                lsipCode, read.figures().size() + " figures from " + fileName);
        return new ProvisionImportResult(imported, read.notes(), List.of(), 0, "Imported " + read.figures().size()
                + " figures for " + imported.academicYear() + " from " + fileName + ".");
    }

    /** The area's provision imports, newest first. */
    @ErbLeadOrAdmin
    public List<ProvisionImportSummary> imports(String lsipCode) {
        requireManaged(lsipCode);
        return store.imports(lsipCode);
    }

    /** The figures of one import of an area the caller manages. */
    @ErbLeadOrAdmin
    public List<ProvisionFigure> figures(long importId) {
        ProvisionImportSummary found = store.find(importId)
                .orElseThrow(() -> new NotFoundException("There is no provision import " + importId + "."));
        requireManaged(found.lsipCode());
        return store.figures(importId);
    }

    /** Writes a refused import's problems as a CSV report: row, column, value, reason. */
    @ErbLeadOrAdmin
    public void writeReport(ProvisionImportResult result, OutputStream out) throws IOException {
        reader.writeReport(result.errors(), result.unlisted(), out);
    }

    private LsipArea requireManaged(String lsipCode) {
        areas.requireManaged(lsipCode, "provision data");
        return areas.area(lsipCode);
    }
}
