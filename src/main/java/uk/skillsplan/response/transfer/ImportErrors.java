package uk.skillsplan.response.transfer;

import uk.skillsplan.response.ImportError;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of an import file: all are counted, the first {@link #LISTED} are kept. */
public final class ImportErrors {

    static final int LISTED = 1000;
    private static final int VALUE_SHOWN = 100;

    private final List<ImportError> listed = new ArrayList<>();
    private int count;

    public void add(int row, String column, String value, String reason) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(new ImportError(row, column, shorten(value), reason));
        }
    }

    public boolean any() {
        return count > 0;
    }

    public int count() {
        return count;
    }

    public List<ImportError> listed() {
        return listed;
    }

    /** A long value (a pasted paragraph) is shortened in the report; the reason says how long it was. */
    private static String shorten(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= VALUE_SHOWN ? value : value.substring(0, VALUE_SHOWN) + "...";
    }
}
