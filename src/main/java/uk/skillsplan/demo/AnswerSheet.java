package uk.skillsplan.demo;

import uk.skillsplan.response.Answers;
import uk.skillsplan.response.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the cells of one synthetic response, question by question, in the form they are stored. */
final class AnswerSheet {

    private final Map<String, List<Cell>> cells = new LinkedHashMap<>();

    AnswerSheet number(String code, long value) {
        cells.put(code, List.of(Cell.number(value)));
        return this;
    }

    AnswerSheet decimal(String code, BigDecimal value) {
        cells.put(code, List.of(Cell.number(value)));
        return this;
    }

    /** A single-choice or yes/no answer. */
    AnswerSheet option(String code, String option) {
        cells.put(code, List.of(Cell.option(option)));
        return this;
    }

    AnswerSheet yesNo(String code, boolean yes) {
        return option(code, yes ? "YES" : "NO");
    }

    /** A multiple-choice or occupation answer; nothing chosen leaves the question unanswered. */
    AnswerSheet choices(String code, Collection<String> chosen) {
        if (!chosen.isEmpty()) {
            cells.put(code, chosen.stream().map(Cell::choice).toList());
        }
        return this;
    }

    /** A multiple-choice answer where choosing nothing means the exclusive "none" option. */
    AnswerSheet choicesOrNone(String code, Collection<String> chosen, String none) {
        return choices(code, chosen.isEmpty() ? List.of(none) : chosen);
    }

    AnswerSheet text(String code, String text) {
        cells.put(code, List.of(Cell.text(text)));
        return this;
    }

    AnswerSheet gridCell(String code, String row, String column, long value) {
        cells.computeIfAbsent(code, k -> new ArrayList<>()).add(Cell.grid(row, column, value));
        return this;
    }

    Answers answers() {
        return new Answers(cells);
    }
}
