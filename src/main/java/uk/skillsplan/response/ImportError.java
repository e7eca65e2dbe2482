package uk.skillsplan.response;

/**
 * One problem found in an import file.
 *
 * @param row    the row as a spreadsheet numbers it (1 is the header row); 0 for the file as a whole
 * @param column the column's header, or {@code ""} when the problem is not in one column
 * @param value  the value found (shortened if long), or {@code ""}
 * @param reason what is wrong and how to put it right
 */
public record ImportError(int row, String column, String value, String reason) {

    public static ImportError ofFile(String reason) {
        return new ImportError(0, "", "", reason);
    }
}
