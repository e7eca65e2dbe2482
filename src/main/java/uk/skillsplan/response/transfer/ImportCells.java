package uk.skillsplan.response.transfer;

import uk.skillsplan.response.Cell;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import uk.skillsplan.survey.OptionDefinition;

/**
 * Turns one cell of an import file into answer cells, as the form would store them. Only the
 * form of the value is checked here (is it a number, a 1 or 0); whether the answer is allowed
 * (range, options offered, length) is the validator's job, exactly as for the form.
 */
final class ImportCells {

    /** The cells read from a value, or why it could not be read. */
    record Parsed(List<Cell> cells, String problem) {

        static Parsed of(Cell... cells) {
            return new Parsed(List.of(cells), null);
        }

        static Parsed unreadable(String problem) {
            return new Parsed(List.of(), problem);
        }
    }

    private ImportCells() {
    }

    /** Reads a value that is not blank. Option codes are matched ignoring case, so "yes" reads as YES. */
    static Parsed parse(AnswerColumn column, String raw, List<OptionDefinition> offered) {
        String value = raw.strip();
        return switch (column.part()) {
            case CHOICE -> switch (value) {
                case "1" -> Parsed.of(Cell.choice(column.rowKey()));
                case "0" -> Parsed.of();
                default -> Parsed.unreadable("Use 1 if this answer was chosen, or 0 if it was not.");
            };
            case OTHER -> Parsed.of(Cell.other(FormulaGuard.unprotect(value)));
            case GRID_CELL -> number(value, n -> Cell.grid(column.rowKey(), column.columnKey(), n));
            case WHOLE -> switch (column.question().type()) {
                case INTEGER, DECIMAL, RATING -> number(value, Cell::number);
                case TEXT -> Parsed.of(Cell.text(FormulaGuard.unprotect(value)));
                case SINGLE_CHOICE, YES_NO -> Parsed.of(Cell.option(canonical(value, offered)));
                case OCCUPATION -> Parsed.of(Arrays.stream(value.split(AnswerColumn.OCCUPATION_SEPARATOR))
                        .map(String::strip).filter(code -> !code.isEmpty()).map(Cell::choice).toArray(Cell[]::new));
                case MULTIPLE_CHOICE, OCCUPATION_GRID -> throw new IllegalStateException(column.name() + " is not a whole answer");
            };
        };
    }

    private static Parsed number(String value, java.util.function.Function<BigDecimal, Cell> cell) {
        try {
            return Parsed.of(cell.apply(new BigDecimal(value)));
        } catch (NumberFormatException e) {
            return Parsed.unreadable("\"" + value + "\" is not a number. Use digits only, with a full stop for decimals "
                    + "and no commas or units (for example 1200 or 3.5).");
        }
    }

    private static String canonical(String value, List<OptionDefinition> offered) {
        return offered.stream().map(OptionDefinition::code).filter(code -> code.equalsIgnoreCase(value)).findFirst()
                .orElse(value);
    }
}
