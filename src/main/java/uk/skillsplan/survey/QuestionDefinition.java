package uk.skillsplan.survey;

import java.math.BigDecimal;
import java.util.List;

/** One question. Which fields apply depends on the type (docs/questionnaire-format.md). */
public record QuestionDefinition(String code, QuestionType type, String text, String help, boolean required,
                                 List<OptionDefinition> options, OptionSource optionSource, boolean allowOther,
                                 Integer otherMaxLength, Integer maxSelections, BigDecimal min, BigDecimal max,
                                 Integer decimals, String unit, Integer maxLength, boolean multiline, RatingScale scale,
                                 RowSource rows, List<ColumnDefinition> columns, ShowIf showIf) {

    public static final String OTHER = "OTHER";

    public QuestionDefinition {
        options = options == null ? List.of() : List.copyOf(options);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public int decimalPlaces() {
        return type == QuestionType.DECIMAL ? (decimals == null ? 1 : decimals) : 0;
    }

    public int otherLimit() {
        return otherMaxLength == null ? 200 : otherMaxLength;
    }

    public int selectionLimit() {
        if (maxSelections != null) {
            return maxSelections;
        }
        return type == QuestionType.OCCUPATION ? 1 : Integer.MAX_VALUE;
    }

    public java.util.Optional<ColumnDefinition> column(String columnCode) {
        return columns.stream().filter(c -> c.code().equals(columnCode)).findFirst();
    }
}
