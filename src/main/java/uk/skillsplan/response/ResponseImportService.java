package uk.skillsplan.response;

import uk.skillsplan.security.SignedIn;
import uk.skillsplan.security.ErbLeadOrAdmin;
import uk.skillsplan.response.answering.AnswerValidator;
import uk.skillsplan.response.answering.OptionCatalogue;
import uk.skillsplan.response.answering.ResponseAccess;
import uk.skillsplan.response.answering.SubmittedResponseWriter;
import uk.skillsplan.response.transfer.ImportErrors;
import uk.skillsplan.response.transfer.ImportFileException;
import uk.skillsplan.response.transfer.ImportFiles;
import uk.skillsplan.response.transfer.ImportLimits;
import uk.skillsplan.response.transfer.ImportOrganisations;
import uk.skillsplan.response.transfer.ResponseColumns;
import uk.skillsplan.response.transfer.RoundImport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.response.domain.ResponseRepository;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.security.AuditTrail;
import uk.skillsplan.survey.RoundAudience;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * The ERB lead's import of responses collected elsewhere (paper, phone, another survey tool) into
 * an open round, from a CSV or XLSX file in the export's layout ({@link ResponseColumns}). Every
 * row passes the form's own validation. All or nothing: if anything is wrong, nothing is written
 * and the result lists every problem by row, column, value and reason. Imported responses are
 * marked {@link CollectionMode#IMPORTED}.
 */
@Service
@Transactional(readOnly = true)
public class ResponseImportService {

    private final SurveyRoundService rounds;
    private final RoundAudience audience;
    private final AuditTrail audit;
    private final ResponseService responseService;
    private final OptionCatalogue options;
    private final OrganisationService organisations;
    private final ResponseRepository responses;
    private final SubmittedResponseWriter writer;
    private final CallerScope callers;
    private final Clock clock;
    private final EntityManager entityManager;
    private final ImportLimits limits;

    ResponseImportService(SurveyRoundService rounds, RoundAudience audience, AuditTrail audit, ResponseService responseService, OptionCatalogue options,
                          OrganisationService organisations, ResponseRepository responses, SubmittedResponseWriter writer,
                          CallerScope callers, Clock clock, EntityManager entityManager,
                          @Value("${skillsplan.import.max-bytes:8MB}") DataSize maxBytes,
                          @Value("${skillsplan.import.max-rows:20000}") int maxRows,
                          @Value("${skillsplan.import.max-columns:500}") int maxColumns,
                          @Value("${skillsplan.import.max-cell-chars:32767}") int maxCellChars,
                          @Value("${skillsplan.import.max-line-chars:1000000}") int maxLineChars,
                          @Value("${skillsplan.import.max-inflated-bytes:256MB}") DataSize maxInflated,
                          @Value("${skillsplan.import.max-shared-text-chars:16000000}") long maxSharedTextChars) {
        this.rounds = rounds;
        this.audience = audience;
        this.audit = audit;
        this.responseService = responseService;
        this.options = options;
        this.organisations = organisations;
        this.responses = responses;
        this.writer = writer;
        this.callers = callers;
        this.clock = clock;
        this.entityManager = entityManager;
        this.limits = new ImportLimits(maxBytes.toBytes(), maxRows, maxColumns, maxCellChars, maxLineChars,
                maxInflated.toBytes(), maxSharedTextChars);
    }

    /** The largest file an import takes, for the upload to refuse a larger one before it is sent. */
    public long maxUploadBytes() {
        return limits.maxBytes();
    }

    /**
     * Imports a file of responses into an open round: all its rows, or none. The content is read
     * here (not closed); {@code fileName} chooses the format (.csv or .xlsx).
     */
    @ErbLeadOrAdmin
    @Transactional
    public ImportResult importFile(long roundId, String fileName, InputStream content) {
        SurveyRoundSummary round = rounds.requireManaged(roundId, "Only the ERB lead of the round's area, or an "
                + "administrator, may import responses into it.");
        ResponseAccess.requireOpen(round);
        AnswerValidator validator = responseService.validator(round);
        ResponseColumns columns = ResponseColumns.of(validator.definition(), options, round.lsipCode());
        ImportErrors errors = new ImportErrors();
        RoundImport rows = new RoundImport(round, columns, validator, new ImportOrganisations(organisations, audience, round),
                responses, errors);
        // Checking the rows loads an organisation per row into this transaction, and before each query
        // Hibernate would check every entity loaded so far for changes to flush: work that grows with
        // the square of the file's length (docs/benchmarks.md). Nothing is written while the rows are
        // checked, so there is nothing to flush until the writer below, which flushes itself.
        FlushModeType flushMode = entityManager.getFlushMode();
        entityManager.setFlushMode(FlushModeType.COMMIT);
        try {
            ImportFiles.read(fileName, content, limits, rows);
        } catch (ImportFileException e) {
            return new ImportResult(0, List.of(new ImportError(e.row(), e.column(), "", e.getMessage())), 1,
                    "Nothing was imported. " + e.getMessage());
        } finally {
            entityManager.setFlushMode(flushMode);
        }
        if (!rows.headerSeen()) {
            errors.add(0, "", "", "The file is empty. Its first row must name the columns (see the codebook), and each "
                    + "further row holds one organisation's answers.");
        } else if (!errors.any() && rows.submissions().isEmpty()) {
            errors.add(0, "", "", "The file has a header row but no responses. Add one row per organisation.");
        }
        if (errors.any()) {
            return refused(fileName, errors);
        }
        Caller me = callers.require();
        writer.write(rows.submissions(), CollectionMode.IMPORTED, me.displayName(), me.userId() == 0 ? null : me.userId(),
                clock.instant());
        int imported = rows.submissions().size();
        audit.record(AuditAction.RESPONSES_IMPORTED, round.title() + " (round " + round.id() + ")", round.lsipCode(),
                imported + (imported == 1 ? " response" : " responses") + " from " + fileName);
        return new ImportResult(imported, List.of(), 0, "Imported " + imported + (imported == 1 ? " response" : " responses")
                + " from " + fileName + ".");
    }

    /** Writes an import's problems as a CSV report (row, column, value, reason) to {@code out} (left open). */
    @SignedIn
    public void writeErrorReport(ImportResult result, OutputStream out) throws IOException {
        // Every field is protected: a column's name and a reason can quote the file's own text.
        ImportFileReader.write(result.errors(), result.unlisted(), out);
    }

    private static ImportResult refused(String fileName, ImportErrors errors) {
        String problems = errors.count() == 1 ? "1 problem" : errors.count() + " problems";
        String listed = errors.count() > errors.listed().size() ? " (the report lists the first " + errors.listed().size()
                + ")" : "";
        return new ImportResult(0, errors.listed(), errors.count(), "Nothing was imported: " + fileName + " has " + problems
                + listed + ". Download the report to see each problem's row, column and reason, correct the file and "
                + "upload it again.");
    }
}
