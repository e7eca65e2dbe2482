package uk.skillsplan.response;

import java.math.BigDecimal;

/**
 * One stored piece of an answer (docs/questionnaire-format.md): a number, a text or an option
 * code, at a row and column key ({@code ""} where the question has none).
 */
public record Cell(String rowKey, String columnKey, BigDecimal number, String text, String option) {

    public Cell {
        rowKey = rowKey == null ? "" : rowKey;
        columnKey = columnKey == null ? "" : columnKey;
    }

    public static Cell number(BigDecimal value) {
        return new Cell("", "", value, null, null);
    }

    public static Cell number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    public static Cell text(String value) {
        return new Cell("", "", null, value, null);
    }

    /** The chosen option of a single-choice or yes/no question. */
    public static Cell option(String code) {
        return new Cell("", "", null, null, code);
    }

    /** One chosen option of a multiple-choice or occupation question. */
    public static Cell choice(String code) {
        return new Cell(code, "", null, null, code);
    }

    /** The "other, please specify" text of a multiple-choice question. */
    public static Cell other(String text) {
        return new Cell("OTHER", "", null, text, "OTHER");
    }

    public static Cell grid(String row, String column, BigDecimal value) {
        return new Cell(row, column, value, null, null);
    }

    public static Cell grid(String row, String column, long value) {
        return grid(row, column, BigDecimal.valueOf(value));
    }
}
