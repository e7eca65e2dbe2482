package uk.skillsplan.insight.population;

import java.util.ArrayList;
import java.util.List;
import uk.skillsplan.response.ImportError;

/** The problems of a population or provision file: all are counted, the first 1,000 kept for the report. */
public final class PopulationErrors {

    static final int LISTED = 1000;

    private final List<ImportError> listed = new ArrayList<>();
    private int count;

    public void add(int row, String column, String value, String reason) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(new ImportError(row, column, brief(value), reason));
        }
    }

    /** A value from the file as a message shows it: at most 100 characters (a hostile cell can hold thousands). */
    public static String brief(String value) {
        return value == null ? "" : value.length() <= 100 ? value : value.substring(0, 100) + "...";
    }

    public void add(ImportError error) {
        add(error.row(), error.column(), error.value(), error.reason());
    }

    public boolean any() {
        return count > 0;
    }

    public int count() {
        return count;
    }

    public List<ImportError> listed() {
        return List.copyOf(listed);
    }
}
