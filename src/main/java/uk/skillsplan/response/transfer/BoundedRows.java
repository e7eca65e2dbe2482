package uk.skillsplan.response.transfer;

import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * Passes an import file's rows on until one of them is beyond the limits: too many columns in the
 * header, a value far beyond the header's last column, a cell longer than any answer, or more rows
 * than one import takes. Then the whole file is refused, at the row and column where it happened,
 * before more of it is read.
 */
final class BoundedRows implements RowHandler {

    private final RowHandler next;
    private final ImportLimits limits;
    private final boolean headerless;
    private int headerWidth;
    private int rows;

    BoundedRows(RowHandler next, ImportLimits limits) {
        this(next, limits, false);
    }

    /**
     * With {@code headerless}, the first row is an ordinary row (a publisher's file whose header is
     * found by its content further down): every row may use up to the column limit.
     */
    BoundedRows(RowHandler next, ImportLimits limits, boolean headerless) {
        this.next = next;
        this.limits = limits;
        this.headerless = headerless;
        this.headerWidth = limits.maxColumns();
    }

    @Override
    public void header(int rowNumber, List<String> names) {
        if (headerless) {
            row(rowNumber, names);
            return;
        }
        int width = names.size();
        while (width > 0 && names.get(width - 1).isBlank()) {
            width--;
        }
        if (width > limits.maxColumns()) {
            throw ImportFileException.refuse(rowNumber, column(limits.maxColumns()), "The header row names " + width
                    + " columns; an import takes at most " + limits.maxColumns() + ". Keep only the columns of the "
                    + "codebook, or check that this is a file of responses.");
        }
        checkCells(rowNumber, names, names.size());
        headerWidth = width;
        next.header(rowNumber, names);
    }

    @Override
    public void row(int rowNumber, List<String> values) {
        if (++rows > limits.maxRows()) {
            throw ImportFileException.refuse(rowNumber, "", "The file has more than " + String.format("%,d", limits.maxRows())
                    + (headerless ? " rows" : " rows of responses") + "; an import takes at most " + String.format("%,d", limits.maxRows())
                    + ". Split the rows into smaller files and import each one.");
        }
        checkCells(rowNumber, values, headerWidth + ImportLimits.COLUMN_MARGIN);
        next.row(rowNumber, values);
    }

    private void checkCells(int rowNumber, List<String> values, int width) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value.length() > limits.maxCellChars()) {
                throw ImportFileException.refuse(rowNumber, column(i), "Cell " + column(i) + rowNumber + " holds more "
                        + "than " + String.format("%,d", limits.maxCellChars()) + " characters, more than any answer "
                        + "takes. Shorten it, or check that this is a file of responses.");
            }
            if (i >= width && !value.isBlank()) {
                throw ImportFileException.refuse(rowNumber, column(i), "Cell " + column(i) + rowNumber + " has a value "
                        + "far beyond the last column the header row names (" + column(headerWidth - 1) + "). Remove the "
                        + "values to the right of the header's columns, or name their columns.");
            }
        }
    }

    /** A column's letters as a spreadsheet shows them (A, B, ..., AA). */
    static String column(int index) {
        return CellReference.convertNumToColString(Math.max(index, 0));
    }
}
