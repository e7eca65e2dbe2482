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
            String shown = value == null ? "" : value.length() <= 100 ? value : value.substring(0, 100) + "...";
            listed.add(new ImportError(row, column, shown, reason));
        }
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
