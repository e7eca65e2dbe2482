package uk.skillsplan.survey;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A cross-field rule: {@code left <= right}. Operands are number questions or {@code GRID.COLUMN},
 * checked row by row. It applies only when both sides are answered.
 */
public record RuleDefinition(String left, String op, String right, String message) {

    @JsonIgnore
    public boolean isGridRule() {
        return left.contains(".");
    }

    public String gridCode() {
        return left.substring(0, left.indexOf('.'));
    }

    public String leftColumn() {
        return left.substring(left.indexOf('.') + 1);
    }

    public String rightColumn() {
        return right.substring(right.indexOf('.') + 1);
    }

    /** Question codes this rule reads. */
    public java.util.Set<String> questionCodes() {
        return isGridRule() ? java.util.Set.of(gridCode()) : java.util.Set.of(left, right);
    }
}
