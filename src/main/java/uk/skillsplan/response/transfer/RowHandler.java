package uk.skillsplan.response.transfer;

import java.util.List;

/** Receives an import file's rows as text: the header first, then each data row with its number in the file. */
public interface RowHandler {

    void header(int rowNumber, List<String> names);

    void row(int rowNumber, List<String> values);
}
