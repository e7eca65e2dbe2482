package uk.skillsplan.response.transfer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.skillsplan.survey.QuestionDefinition;

/**
 * The header row of an import file, checked against the layout: it must name the organisation
 * (by id or Companies House number), and every other column must be one of the layout's, once.
 */
final class ImportHeader {

    private final Map<Integer, AnswerColumn> answerColumns = new LinkedHashMap<>();
    private final Set<Integer> unnamed = new HashSet<>();
    private int organisationId = -1;
    private int companiesHouseNumber = -1;
    private int width;

    private ImportHeader() {
    }

    /** The header, or empty if it has problems (added to {@code errors}). */
    static Optional<ImportHeader> read(int row, List<String> names, ResponseColumns columns, ImportErrors errors) {
        ImportHeader header = new ImportHeader();
        header.width = names.size();
        int before = errors.count();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (name.isEmpty()) {
                header.unnamed.add(i);
            } else if (!seen.add(name)) {
                errors.add(row, name, name, "The column " + name + " appears more than once. Keep one of them.");
            } else if (name.equals(ResponseColumns.ORGANISATION_ID)) {
                header.organisationId = i;
            } else if (name.equals(ResponseColumns.COMPANIES_HOUSE_NUMBER)) {
                header.companiesHouseNumber = i;
            } else if (!ResponseColumns.isIdentifier(name)) {
                final int index = i;
                columns.answerColumn(name).ifPresentOrElse(column -> header.answerColumns.put(index, column),
                        () -> errors.add(row, name, name, "This questionnaire has no column " + name + ". Check the "
                                + "spelling against the codebook (column names are case-sensitive), or remove the column."));
            }
        }
        if (header.organisationId < 0 && header.companiesHouseNumber < 0) {
            errors.add(row, "", "", "The file needs an " + ResponseColumns.ORGANISATION_ID + " or "
                    + ResponseColumns.COMPANIES_HOUSE_NUMBER + " column, to say which organisation gave each row's answers.");
        }
        for (QuestionDefinition question : columns.definition().questions().toList()) {
            List<AnswerColumn> needed = columns.columnsOf(question.code());
            if (question.required() && question.showIf() == null && !needed.isEmpty()
                    && needed.stream().noneMatch(header.answerColumns::containsValue)) {
                errors.add(row, needed.size() == 1 ? question.code() : question.code() + ".*", "", "The file has no column "
                        + "for " + question.code() + ", which every response must answer (\"" + question.text() + "\").");
            }
        }
        return errors.count() == before ? Optional.of(header) : Optional.empty();
    }

    Map<Integer, AnswerColumn> answerColumns() {
        return answerColumns;
    }

    /** How many columns the header names; a row with values beyond them is refused. */
    int width() {
        return width;
    }

    boolean isUnnamed(int index) {
        return unnamed.contains(index);
    }

    String organisationId(List<String> row) {
        return value(row, organisationId);
    }

    String companiesHouseNumber(List<String> row) {
        return value(row, companiesHouseNumber);
    }

    /** A row's value in a column; {@code ""} when the row is shorter (spreadsheets drop empty trailing cells). */
    static String value(List<String> row, int index) {
        return index >= 0 && index < row.size() && row.get(index) != null ? row.get(index) : "";
    }
}
