package uk.skillsplan.response.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.answering.OptionCatalogue;
import uk.skillsplan.survey.OptionDefinition;
import uk.skillsplan.survey.QuestionDefinition;

/** An answer in words, for the review page. */
final class AnswerText {

    private AnswerText() {
    }

    static String format(QuestionDefinition question, List<Cell> cells, OptionCatalogue options, String lsipCode) {
        if (cells.isEmpty()) {
            return "Not answered";
        }
        return switch (question.type()) {
            case SINGLE_CHOICE, YES_NO, MULTIPLE_CHOICE -> {
                Map<String, String> labels = options.options(question, lsipCode).stream()
                        .collect(Collectors.toMap(OptionDefinition::code, OptionDefinition::label));
                yield cells.stream().map(c -> QuestionDefinition.OTHER.equals(c.rowKey()) ? "Other: " + c.text()
                        : labels.getOrDefault(c.option(), c.option())).collect(Collectors.joining("; "));
            }
            case INTEGER, DECIMAL, RATING -> plain(cells.getFirst()) + (question.unit() == null ? "" : " " + question.unit());
            case TEXT -> cells.getFirst().text();
            case OCCUPATION -> cells.stream().map(c -> options.occupationLabel(c.rowKey())).collect(Collectors.joining("; "));
            case OCCUPATION_GRID -> cells.size() + " figures entered";
        };
    }

    private static String plain(Cell cell) {
        return cell.number() == null ? "" : cell.number().stripTrailingZeros().toPlainString();
    }
}
