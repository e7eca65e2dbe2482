package uk.skillsplan.response.transfer;

import uk.skillsplan.response.answering.AnswerValidator;
import uk.skillsplan.response.Answers;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one data row of an import file into a response's answers and checks them with the same
 * validator as the form and submission (required answers, types, ranges, options, hidden
 * questions, cross-field rules). Each problem is placed at the column it comes from.
 */
final class RowConverter {

    private final ResponseColumns columns;
    private final AnswerValidator validator;
    private final ImportHeader header;

    RowConverter(ResponseColumns columns, AnswerValidator validator, ImportHeader header) {
        this.columns = columns;
        this.validator = validator;
        this.header = header;
    }

    /** The row's answers, or empty if it has problems (added to {@code errors}). */
    Optional<Answers> convert(int row, List<String> values, ImportErrors errors) {
        int before = errors.count();
        if (values.size() > header.width() && values.subList(header.width(), values.size()).stream()
                .anyMatch(value -> !value.isBlank())) {
            errors.add(row, "", "", "This row has values in " + values.size() + " columns, but the header row names only "
                    + header.width() + ". Remove the extra values or name their columns.");
        }
        for (int i = 0; i < Math.min(values.size(), header.width()); i++) {
            if (header.isUnnamed(i) && !values.get(i).isBlank()) {
                errors.add(row, "column " + (i + 1), values.get(i), "This value is in a column with no name in the "
                        + "header row. Name the column or remove the value.");
            }
        }
        Map<String, List<Cell>> cells = new LinkedHashMap<>();
        Set<String> unreadable = new HashSet<>();
        header.answerColumns().forEach((index, column) -> {
            String raw = ImportHeader.value(values, index);
            if (raw.isBlank()) {
                return;
            }
            ImportCells.Parsed parsed = ImportCells.parse(column, raw, columns.options(column.questionCode()));
            if (parsed.problem() != null) {
                errors.add(row, column.name(), raw, parsed.problem());
                unreadable.add(column.questionCode());
            } else {
                cells.computeIfAbsent(column.questionCode(), code -> new ArrayList<>()).addAll(parsed.cells());
            }
        });
        Answers answers = new Answers(cells);
        for (Problem problem : validator.problems(answers)) {
            // A value that could not be read is reported once, not again as "missing".
            if (!unreadable.contains(problem.questionCode())) {
                Place place = place(problem.questionCode(), values);
                errors.add(row, place.column(), place.value(), problem.message());
            }
        }
        return errors.count() == before ? Optional.of(answers) : Optional.empty();
    }

    private record Place(String column, String value) {
    }

    /**
     * Where a question's problem is in the row: its one filled column if there is exactly one,
     * its only column, or all of its columns ({@code CODE.*}).
     */
    private Place place(String questionCode, List<String> values) {
        List<Place> filled = new ArrayList<>();
        header.answerColumns().forEach((index, column) -> {
            String value = ImportHeader.value(values, index);
            if (column.questionCode().equals(questionCode) && !value.isBlank()) {
                filled.add(new Place(column.name(), value));
            }
        });
        if (filled.size() == 1) {
            return filled.getFirst();
        }
        List<AnswerColumn> all = columns.columnsOf(questionCode);
        return all.size() == 1 ? new Place(all.getFirst().name(), "") : new Place(questionCode + ".*", "");
    }
}
