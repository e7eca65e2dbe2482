package uk.skillsplan.response;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** All answers of one response, by question code. Immutable; {@link #with} gives a changed copy. */
public final class Answers {

    private final Map<String, List<Cell>> byQuestion;

    public Answers(Map<String, List<Cell>> byQuestion) {
        Map<String, List<Cell>> copy = new LinkedHashMap<>();
        byQuestion.forEach((code, cells) -> {
            if (cells != null && !cells.isEmpty()) {
                copy.put(code, List.copyOf(cells));
            }
        });
        this.byQuestion = Collections.unmodifiableMap(copy);
    }

    /** Whether two answers to one question hold the same cells (in any order, 5 and 5.00 alike). */
    public static boolean sameCells(List<Cell> one, List<Cell> other) {
        return normalised(one).equals(normalised(other));
    }

    private static java.util.Set<Cell> normalised(List<Cell> cells) {
        return cells.stream().map(c -> new Cell(c.rowKey(), c.columnKey(),
                c.number() == null ? null : c.number().stripTrailingZeros(), c.text(), c.option()))
                .collect(Collectors.toSet());
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public Answers with(String questionCode, List<Cell> cells) {
        Map<String, List<Cell>> changed = new LinkedHashMap<>(byQuestion);
        changed.put(questionCode, cells);
        return new Answers(changed);
    }

    public Answers without(Set<String> questionCodes) {
        Map<String, List<Cell>> changed = new LinkedHashMap<>(byQuestion);
        questionCodes.forEach(changed::remove);
        return new Answers(changed);
    }

    public Map<String, List<Cell>> asMap() {
        return byQuestion;
    }

    public List<Cell> cells(String questionCode) {
        return byQuestion.getOrDefault(questionCode, List.of());
    }

    public boolean has(String questionCode) {
        return byQuestion.containsKey(questionCode);
    }

    public Optional<BigDecimal> number(String questionCode) {
        return cells(questionCode).stream().filter(c -> c.rowKey().isEmpty() && c.columnKey().isEmpty())
                .map(Cell::number).filter(java.util.Objects::nonNull).findFirst();
    }

    public Optional<String> option(String questionCode) {
        return cells(questionCode).stream().map(Cell::option).filter(java.util.Objects::nonNull).findFirst();
    }

    public Optional<String> text(String questionCode) {
        return cells(questionCode).stream().filter(c -> c.rowKey().isEmpty()).map(Cell::text)
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** Option codes chosen: the single option, or every chosen row of a multiple choice. */
    public Set<String> chosen(String questionCode) {
        return cells(questionCode).stream().map(Cell::option).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    public Optional<BigDecimal> gridValue(String questionCode, String row, String column) {
        return cells(questionCode).stream().filter(c -> c.rowKey().equals(row) && c.columnKey().equals(column))
                .map(Cell::number).filter(java.util.Objects::nonNull).findFirst();
    }

    public int size() {
        return byQuestion.size();
    }
}
