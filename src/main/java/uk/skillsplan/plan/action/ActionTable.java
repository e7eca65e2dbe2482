package uk.skillsplan.plan.action;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import uk.skillsplan.base.Spreadsheet;
import uk.skillsplan.plan.ActionItem;

/**
 * The action register as CSV (UTF-8 with a byte order mark, for Excel) and as an Excel workbook
 * (sheet "Actions"): the same columns, every text cell protected against formulas
 * ({@link Spreadsheet}), dates as ISO text so that both files read back the same.
 */
public final class ActionTable {

    public static final List<String> HEADER = List.of("Action", "Priority", "Owner", "Owner kind", "Start", "Due",
            "Status", "Latest progress");

    private ActionTable() {
    }

    static List<String> row(ActionItem a) {
        return List.of(a.title(), a.priorityTitle(), a.ownerName(), a.ownerKind().label(), a.startDate().toString(),
                a.dueDate().toString(), a.shownStatus().label(), a.latestNote() == null ? "" : a.latestNote());
    }

    public static void csv(List<ActionItem> actions, OutputStream out) throws IOException {
        table(actions).writeCsv(out);
    }

    public static void xlsx(List<ActionItem> actions, OutputStream out) throws IOException {
        table(actions).writeXlsx(out);
    }

    private static Spreadsheet table(List<ActionItem> actions) {
        return new Spreadsheet("Actions", HEADER, actions.stream().map(a -> List.<Object>copyOf(row(a))).toList(), List.of(),
                false);
    }
}
