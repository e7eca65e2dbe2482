package uk.skillsplan.response.transfer;

import uk.skillsplan.response.answering.OptionCatalogue;
import uk.skillsplan.response.answering.AnswerValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.skillsplan.survey.OptionDefinition;
import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.QuestionType;
import uk.skillsplan.survey.QuestionnaireDefinition;
import uk.skillsplan.survey.SectionDefinition;

/**
 * The column layout of a round's response file, shared by the export and the import so that an
 * exported file can be corrected and imported again: identifier columns first, then one column
 * per answer cell in questionnaire order (docs/response-files.md).
 *
 * <p>Occupation grids whose rows are the occupations chosen in another question have no fixed set
 * of columns, so they are left out of the file; the codebook says so. No national questionnaire
 * has one today.
 */
public final class ResponseColumns {

    public static final String RESPONSE_REFERENCE = "response_reference";
    public static final String ORGANISATION_ID = "organisation_id";
    public static final String ORGANISATION_NAME = "organisation_name";
    public static final String COMPANIES_HOUSE_NUMBER = "companies_house_number";
    public static final String LOCAL_AUTHORITY_CODE = "local_authority_code";
    public static final String COLLECTION_MODE = "collection_mode";
    public static final String SUBMITTED_AT = "submitted_at";

    /** Identifier and metadata columns, before the answers. An import reads only the organisation's identifiers. */
    public static final List<String> IDENTIFIER_COLUMNS = List.of(RESPONSE_REFERENCE, ORGANISATION_ID, ORGANISATION_NAME,
            COMPANIES_HOUSE_NUMBER, LOCAL_AUTHORITY_CODE, COLLECTION_MODE, SUBMITTED_AT);

    private final QuestionnaireDefinition definition;
    private final List<AnswerColumn> answerColumns;
    private final Map<String, AnswerColumn> byName = new LinkedHashMap<>();
    private final Map<String, List<OptionDefinition>> options;
    private final List<QuestionDefinition> omitted;

    private ResponseColumns(QuestionnaireDefinition definition, List<AnswerColumn> answerColumns,
                            Map<String, List<OptionDefinition>> options, List<QuestionDefinition> omitted) {
        this.definition = definition;
        this.answerColumns = List.copyOf(answerColumns);
        this.options = options;
        this.omitted = List.copyOf(omitted);
        answerColumns.forEach(column -> byName.put(column.name(), column));
    }

    /** The layout of a questionnaire as answered in an area (whose local authorities are the options of some questions). */
    public static ResponseColumns of(QuestionnaireDefinition definition, OptionCatalogue catalogue, String lsipCode) {
        List<AnswerColumn> columns = new ArrayList<>();
        Map<String, List<OptionDefinition>> options = new LinkedHashMap<>();
        List<QuestionDefinition> omitted = new ArrayList<>();
        List<OptionDefinition> socMajorGroups = catalogue.socMajorGroups();
        for (SectionDefinition section : definition.sections()) {
            for (QuestionDefinition question : section.questions()) {
                if (question.type() == QuestionType.SINGLE_CHOICE || question.type() == QuestionType.YES_NO
                        || question.type() == QuestionType.MULTIPLE_CHOICE) {
                    options.put(question.code(), catalogue.options(question, lsipCode));
                }
                switch (question.type()) {
                    case MULTIPLE_CHOICE -> {
                        options.get(question.code()).forEach(option -> columns.add(new AnswerColumn(
                                question.code() + "." + option.code(), section, question, AnswerColumn.Part.CHOICE,
                                option.code(), "", option.label())));
                        if (question.allowOther()) {
                            columns.add(new AnswerColumn(question.code() + "." + QuestionDefinition.OTHER, section, question,
                                    AnswerColumn.Part.OTHER, QuestionDefinition.OTHER, "", "Other, please specify"));
                        }
                    }
                    case OCCUPATION_GRID -> {
                        if (!question.rows().socMajorGroups()) {
                            omitted.add(question);
                            continue;
                        }
                        for (OptionDefinition row : socMajorGroups) {
                            question.columns().forEach(column -> columns.add(new AnswerColumn(
                                    question.code() + "." + row.code() + "." + column.code(), section, question,
                                    AnswerColumn.Part.GRID_CELL, row.code(), column.code(),
                                    row.label() + " / " + column.label())));
                        }
                    }
                    default -> columns.add(new AnswerColumn(question.code(), section, question, AnswerColumn.Part.WHOLE,
                            "", "", ""));
                }
            }
        }
        return new ResponseColumns(definition, columns, options, omitted);
    }

    public QuestionnaireDefinition definition() {
        return definition;
    }

    /** Every column name in file order: identifiers, then answers. */
    public List<String> header() {
        List<String> header = new ArrayList<>(IDENTIFIER_COLUMNS);
        answerColumns.forEach(column -> header.add(column.name()));
        return header;
    }

    public List<AnswerColumn> answerColumns() {
        return answerColumns;
    }

    public Optional<AnswerColumn> answerColumn(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public static boolean isIdentifier(String name) {
        return IDENTIFIER_COLUMNS.contains(name);
    }

    /** The columns that hold a question's answer (none for an omitted grid). */
    public List<AnswerColumn> columnsOf(String questionCode) {
        return answerColumns.stream().filter(column -> column.questionCode().equals(questionCode)).toList();
    }

    /** The options a choice question offers in this layout's area; empty for other questions. */
    public List<OptionDefinition> options(String questionCode) {
        return options.getOrDefault(questionCode, List.of());
    }

    /** Questions left out of the file because their columns depend on another answer. */
    public List<QuestionDefinition> omittedQuestions() {
        return omitted;
    }
}
