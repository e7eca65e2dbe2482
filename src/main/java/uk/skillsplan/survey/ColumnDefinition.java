package uk.skillsplan.survey;

import java.math.BigDecimal;

/** A numeric column of an occupation grid. */
public record ColumnDefinition(String code, String label, BigDecimal min, BigDecimal max, Integer decimals) {

    public int decimalPlaces() {
        return decimals == null ? 0 : decimals;
    }
}
