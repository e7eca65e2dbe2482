package uk.skillsplan.response.transfer;

import uk.skillsplan.response.Answers;
import uk.skillsplan.response.Cell;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.QuestionType;
import uk.skillsplan.survey.SectionDefinition;

/**
 * One answer column of the response file (export and import share it): which question it belongs
 * to and which part of the answer it holds.
 *
 * @param name     the column header, such as {@code EMP_TOTAL}, {@code SSV_CAUSES.LACK_SKILLS} or
 *                 {@code WORKFORCE.3.VACANCIES}
 * @param rowKey   the option code ({@link Part#CHOICE}), {@code OTHER}, or the grid row; {@code ""} otherwise
 * @param columnKey the grid column ({@link Part#GRID_CELL}); {@code ""} otherwise
 * @param partLabel words for the part, such as the option's or the grid row and column's labels; {@code ""} for a whole answer
 */
public record AnswerColumn(String name, SectionDefinition section, QuestionDefinition question, Part part,
                           String rowKey, String columnKey, String partLabel) {

    /** Which part of an answer a column holds. */
    public enum Part {
        /** The whole answer: a number, a text, an option code, or SOC codes separated by {@code ;}. */
        WHOLE,
        /** One option of a multiple-choice question: 1 chosen, 0 not chosen, blank not answered. */
        CHOICE,
        /** The "other, please specify" text of a multiple-choice question. */
        OTHER,
        /** One cell of an occupation grid. */
        GRID_CELL
    }

    /** Separates the SOC codes of an occupation answer in one cell. */
    public static final String OCCUPATION_SEPARATOR = ";";

    public String questionCode() {
        return question.code();
    }

    /**
     * This column's value in the given answers: a {@link BigDecimal} for numbers, a {@link String}
     * otherwise, {@code null} when the question is not answered.
     */
    public Object value(Answers answers) {
        String code = question.code();
        return switch (part) {
            case WHOLE -> whole(answers);
            case CHOICE -> answers.has(code) ? (answers.chosen(code).contains(rowKey) ? "1" : "0") : null;
            case OTHER -> answers.cells(code).stream().filter(c -> QuestionDefinition.OTHER.equals(c.rowKey()))
                    .map(Cell::text).findFirst().orElse(null);
            case GRID_CELL -> answers.gridValue(code, rowKey, columnKey).map(AnswerColumn::plain).orElse(null);
        };
    }

    private Object whole(Answers answers) {
        String code = question.code();
        return switch (question.type()) {
            case INTEGER, DECIMAL, RATING -> answers.number(code).map(AnswerColumn::plain).orElse(null);
            case TEXT -> answers.text(code).orElse(null);
            case SINGLE_CHOICE, YES_NO -> answers.option(code).orElse(null);
            case OCCUPATION -> answers.has(code) ? occupations(answers.cells(code)) : null;
            case MULTIPLE_CHOICE, OCCUPATION_GRID -> throw new IllegalStateException(code + " has one column per part");
        };
    }

    private static String occupations(List<Cell> cells) {
        return cells.stream().map(Cell::rowKey).sorted().collect(Collectors.joining(OCCUPATION_SEPARATOR));
    }

    /** Numbers are stored with two decimal places; a file shows them as entered (12, not 12.00). */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Whether the column holds a number (so a spreadsheet can store it as one). */
    public boolean holdsNumber() {
        return part == Part.GRID_CELL || part == Part.WHOLE && question.type().isNumber();
    }

    /** Whether the column holds free text typed by a respondent. */
    public boolean holdsFreeText() {
        return part == Part.OTHER || part == Part.WHOLE && question.type() == QuestionType.TEXT;
    }
}
