package uk.skillsplan.response;

import uk.skillsplan.security.ErbLeadOrAdmin;
import uk.skillsplan.response.answering.OptionCatalogue;
import uk.skillsplan.response.transfer.AnswerColumn;
import uk.skillsplan.response.transfer.Codebook;
import uk.skillsplan.response.transfer.FormulaGuard;
import uk.skillsplan.response.transfer.ResponseColumns;
import uk.skillsplan.response.transfer.XlsxResponseWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.response.domain.SubmittedResponse;
import uk.skillsplan.response.domain.SubmittedResponseReader;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.security.AuditTrail;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * The ERB's download of a round's responses: one row per submitted response (its latest
 * submission; drafts and unsubmitted changes are left out) in the layout of {@link ResponseColumns},
 * as CSV or XLSX, with a codebook. Rows are written as they are read from the database, so a large
 * round never sits in memory.
 *
 * <p>CSV files are UTF-8 with a byte order mark, so that Excel shows names with accents correctly;
 * the import accepts the mark.
 */
@Service
@Transactional(readOnly = true)
public class ResponseExportService {

    static final CSVFormat CSV = CSVFormat.DEFAULT;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final SurveyRoundService rounds;
    private final QuestionnaireService questionnaires;
    private final OptionCatalogue options;
    private final SubmittedResponseReader reader;
    private final AuditTrail audit;

    ResponseExportService(SurveyRoundService rounds, QuestionnaireService questionnaires, OptionCatalogue options,
                          SubmittedResponseReader reader, AuditTrail audit) {
        this.audit = audit;
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.options = options;
        this.reader = reader;
    }

    /** Writes the round's submitted responses as CSV to {@code out} (left open). */
    @ErbLeadOrAdmin
    public void exportCsv(long roundId, OutputStream out) throws IOException {
        SurveyRoundSummary round = managedRound(roundId);
        audited(round, "CSV");
        ResponseColumns columns = columns(round);
        CSVPrinter printer = csvPrinter(out);
        printer.printRecord(columns.header());
        try {
            reader.forEachSubmitted(round.id(), response -> {
                try {
                    printer.printRecord(row(response, columns, true));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    /** Writes the round's submitted responses and the codebook as an Excel workbook to {@code out} (left open). */
    @ErbLeadOrAdmin
    public void exportXlsx(long roundId, OutputStream out) throws IOException {
        SurveyRoundSummary round = managedRound(roundId);
        audited(round, "XLSX");
        ResponseColumns columns = columns(round);
        try (XlsxResponseWriter workbook = new XlsxResponseWriter()) {
            workbook.header(columns.header());
            reader.forEachSubmitted(round.id(), response -> workbook.row(row(response, columns, false)));
            workbook.codebook(Codebook.rows(columns));
            workbook.writeTo(out);
        }
    }

    /** Writes the codebook of the round's response file (what each column holds) as CSV to {@code out} (left open). */
    @ErbLeadOrAdmin
    public void exportCodebookCsv(long roundId, OutputStream out) throws IOException {
        ResponseColumns columns = columns(managedRound(roundId));
        CSVPrinter printer = csvPrinter(out);
        printer.printRecord(Codebook.HEADER);
        for (List<String> row : Codebook.rows(columns)) {
            printer.printRecord(row);
        }
        printer.flush();
    }

    private void audited(SurveyRoundSummary round, String format) {
        audit.record(AuditAction.RESPONSES_EXPORTED, round.title() + " (round " + round.id() + ")", round.lsipCode(),
                format + " with every submitted response's answers");
    }

    private SurveyRoundSummary managedRound(long roundId) {
        return rounds.requireManaged(roundId, "Only the ERB lead of the round's area, or an administrator, may download "
                + "its responses.");
    }

    private ResponseColumns columns(SurveyRoundSummary round) {
        return ResponseColumns.of(questionnaires.definition(round.questionnaireVersionId()), options, round.lsipCode());
    }

    private static List<Object> row(SubmittedResponse response, ResponseColumns columns, boolean csv) {
        List<Object> values = new ArrayList<>(ResponseColumns.IDENTIFIER_COLUMNS.size() + columns.answerColumns().size());
        values.add(response.reference());
        values.add(BigDecimal.valueOf(response.organisationId()));
        values.add(csv ? FormulaGuard.protect(response.organisationName()) : response.organisationName());
        values.add(response.companiesHouseNumber());
        values.add(response.localAuthorityCode());
        values.add(response.collectionMode().name());
        values.add(response.submittedAt().toString());
        for (AnswerColumn column : columns.answerColumns()) {
            Object value = column.value(response.answers());
            values.add(csv && column.holdsFreeText() ? FormulaGuard.protect((String) value) : value);
        }
        return values;
    }

    private static CSVPrinter csvPrinter(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        return new CSVPrinter(writer, CSV);
    }
}
