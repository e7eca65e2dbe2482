package uk.skillsplan.response.transfer;

import uk.skillsplan.response.CollectionMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.skillsplan.survey.OptionDefinition;
import uk.skillsplan.survey.QuestionDefinition;

/**
 * The codebook of a response file: one row per column saying what it holds (question code and
 * wording, type, options, unit and range), so that an analyst can read the file without the app.
 */
public final class Codebook {

    public static final List<String> HEADER = List.of("column", "question_code", "section", "question", "type", "options",
            "unit", "min", "max");

    private static final Map<String, String> IDENTIFIERS = Map.of(
            ResponseColumns.RESPONSE_REFERENCE, "The reference of the submission, as on the respondent's receipt (ignored by the import)",
            ResponseColumns.ORGANISATION_ID, "The organisation's id in SkillsPlan (an import needs this or the Companies House "
                    + "number). The file holds one row per organisation that is active today: responses of deactivated "
                    + "organisations are left out, as they are left out of the round's counts",
            ResponseColumns.ORGANISATION_NAME, "The organisation's name (ignored by the import)",
            ResponseColumns.COMPANIES_HOUSE_NUMBER, "The organisation's Companies House number, if it has one",
            ResponseColumns.LOCAL_AUTHORITY_CODE, "ONS code of the organisation's local authority (ignored by the import)",
            ResponseColumns.COLLECTION_MODE, "How the response was collected (ignored by the import, which records IMPORTED)",
            ResponseColumns.SUBMITTED_AT, "When the response was submitted, in UTC, ISO 8601 (ignored by the import)");

    private Codebook() {
    }

    /** The codebook's rows, without the header. */
    public static List<List<String>> rows(ResponseColumns columns) {
        List<List<String>> rows = new ArrayList<>();
        for (String identifier : ResponseColumns.IDENTIFIER_COLUMNS) {
            String options = identifier.equals(ResponseColumns.COLLECTION_MODE) ? Arrays.stream(CollectionMode.values())
                    .map(mode -> mode.name() + "=" + mode.label()).collect(Collectors.joining("; ")) : "";
            rows.add(List.of(identifier, "", "", IDENTIFIERS.get(identifier), "IDENTIFIER", options, "", "", ""));
        }
        for (AnswerColumn column : columns.answerColumns()) {
            rows.add(row(column, columns.options(column.questionCode())));
        }
        for (QuestionDefinition question : columns.omittedQuestions()) {
            rows.add(List.of("", question.code(), columns.definition().sectionOf(question.code()).orElseThrow().code(),
                    question.text() + " (not in this file: its rows are the occupations chosen in "
                            + question.rows().fromQuestion() + ", so its columns differ between responses)",
                    question.type().name(), "", "", "", ""));
        }
        return rows;
    }

    private static List<String> row(AnswerColumn column, List<OptionDefinition> offered) {
        QuestionDefinition question = column.question();
        String wording = column.partLabel().isEmpty() ? question.text() : question.text() + " [" + column.partLabel() + "]";
        String options = "";
        String unit = nullToEmpty(question.unit());
        String min = "";
        String max = "";
        switch (column.part()) {
            case CHOICE -> options = "1=chosen; 0=not chosen; blank=question not answered";
            case OTHER -> {
                unit = "characters";
                max = String.valueOf(question.otherLimit());
            }
            case GRID_CELL -> {
                var gridColumn = question.column(column.columnKey()).orElseThrow();
                unit = "";
                min = plain(gridColumn.min());
                max = plain(gridColumn.max());
            }
            case WHOLE -> {
                switch (question.type()) {
                    case SINGLE_CHOICE, YES_NO -> options = offered.stream().map(o -> o.code() + "=" + o.label())
                            .collect(Collectors.joining("; "));
                    case INTEGER, DECIMAL -> {
                        min = plain(question.min());
                        max = plain(question.max());
                    }
                    case RATING -> {
                        options = question.scale().min() + "=" + question.scale().minLabel() + "; "
                                + question.scale().max() + "=" + question.scale().maxLabel();
                        min = String.valueOf(question.scale().min());
                        max = String.valueOf(question.scale().max());
                    }
                    case TEXT -> {
                        unit = "characters";
                        max = String.valueOf(question.maxLength());
                    }
                    case OCCUPATION -> {
                        options = "SOC 2020 unit group codes (4 digits), separated by " + AnswerColumn.OCCUPATION_SEPARATOR;
                        unit = "occupations";
                        max = String.valueOf(question.selectionLimit());
                    }
                    default -> { }
                }
            }
        }
        return List.of(column.name(), question.code(), column.section().code(), wording, question.type().name(), options,
                unit, min, max);
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
