package uk.skillsplan.insight.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One per-response column of the pivot over {@code submitted_answer}: an aggregate over that
 * response's answer cells. Codes in the SQL come from the catalogue's constants, never from input.
 *
 * @param name column alias (unique per meaning, so metrics that read the same answer share it)
 * @param question the question code it reads (the pivot selects only these codes)
 * @param sql aggregate expression over {@code a.*}; {@value #SOC_MARK} marks where a SOC filter narrows grid rows
 */
public record Pivot(String name, String question, String sql) {

    /** The number answered to a number question. */
    public static Pivot number(String question) {
        return new Pivot("n_" + question.toLowerCase(), question,
                "sum(case when a.question_code = '" + question + "' then a.value_number end)");
    }

    /** The rating given (a number). */
    public static Pivot rating(String question) {
        return number(question);
    }

    /** 1 when a single-choice (or yes/no) answer is one of the options, 0 when answered otherwise, null when not answered. */
    public static Pivot chose(String question, List<String> options) {
        return new Pivot("o_" + question.toLowerCase() + "_" + String.join("_", options).toLowerCase(), question,
                "max(case when a.question_code = '" + question + "' then case when a.value_option in (" + quoted(options)
                        + ") then 1 else 0 end end)");
    }

    /** 1 when a multiple-choice answer names any option but the excluded ones, 0 when it names only those, null when not answered. */
    public static Pivot choseAnyBut(String question, List<String> excluded) {
        String test = excluded.isEmpty() ? "1 = 1" : "a.row_key not in (" + quoted(excluded) + ")";
        return new Pivot("m_" + question.toLowerCase() + (excluded.isEmpty() ? "" : "_but_" + String.join("_", excluded).toLowerCase()),
                question, "max(case when a.question_code = '" + question + "' then case when " + test + " then 1 else 0 end end)");
    }

    /** 1 when a multiple-choice answer names any of the options, 0 when answered without them, null when not answered. */
    public static Pivot choseAnyOf(String question, List<String> options) {
        return new Pivot("m_" + question.toLowerCase() + "_" + String.join("_", options).toLowerCase(), question,
                "max(case when a.question_code = '" + question + "' then case when a.row_key in (" + quoted(options)
                        + ") then 1 else 0 end end)");
    }

    /**
     * The sum of a workforce grid column over the given SOC major groups (rows), whatever the SOC filter.
     */
    public static Pivot grid(String question, String column, List<Integer> rows) {
        String rowNames = rows.stream().map(String::valueOf).collect(Collectors.joining(""));
        return new Pivot("g_" + column.toLowerCase() + "_" + rowNames, question,
                "sum(case when a.question_code = '" + question + "' and a.column_key = '" + column + "' and a.row_key in ("
                        + quoted(rows.stream().map(String::valueOf).toList()) + ") then a.value_number end)");
    }

    /**
     * The sum of a workforce grid column over the rows a SOC filter leaves (all nine without one):
     * the engine replaces {@value #SOC_MARK} with that condition.
     */
    public static Pivot gridFiltered(String question, String column) {
        return new Pivot("f_" + column.toLowerCase(), question,
                "sum(case when a.question_code = '" + question + "' and a.column_key = '" + column + "' and " + SOC_MARK
                        + " then a.value_number end)");
    }

    /** Where a SOC filter's condition on the grid row goes in a pivot's SQL. */
    public static final String SOC_MARK = "{soc}";

    static String quoted(List<String> values) {
        return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
    }
}
