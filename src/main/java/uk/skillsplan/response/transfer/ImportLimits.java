package uk.skillsplan.response.transfer;

/**
 * How much of an import file is read before it is refused, so that a hostile or mistaken file (a
 * zip bomb, one enormous line, a million rows, a cell far beyond the sheet) costs bounded memory
 * and time. Each bound is far above what a real file of responses needs; see application.properties.
 *
 * @param maxBytes          the upload itself, counted while it is read
 * @param maxRows           rows of responses after the header
 * @param maxColumns        columns of the header row (and so of every row, plus a small margin)
 * @param maxCellChars      characters in one cell: Excel's own limit, above every question's text limit,
 *                          so that a long answer gets the form's message at its row and column instead
 * @param maxLineChars      characters in one line of a CSV file
 * @param maxInflatedBytes  bytes a workbook's sheet and shared strings expand to when unzipped
 * @param maxSharedTextChars characters of all a workbook's shared strings, which are held in memory
 */
public record ImportLimits(long maxBytes, int maxRows, int maxColumns, int maxCellChars, int maxLineChars,
                           long maxInflatedBytes, long maxSharedTextChars) {

    /** Values beyond the header's last column that are still read (and reported per row), not refused with the file. */
    static final int COLUMN_MARGIN = 10;
    /** The last cell of any Excel sheet is XFD1048576. */
    static final int SHEET_COLUMNS = 16_384;
    static final int SHEET_ROWS = 1_048_576;
}
