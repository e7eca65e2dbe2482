package uk.skillsplan.plan.progress;

import java.time.LocalDate;
import java.util.List;
import uk.skillsplan.plan.ActionItem;
import uk.skillsplan.plan.ActionStatus;
import uk.skillsplan.plan.ProgressFigure;

/**
 * Writes the first text of a progress report from the action register and the figures then and now:
 * what was done, what moved, what is late and what is under way. Everything from people (action
 * titles, notes) is escaped so it reads as text, never as Markdown or HTML.
 */
public final class ProgressReportText {

    private ProgressReportText() {
    }

    public static String write(String planTitle, int year, LocalDate today, List<ActionItem> actions,
                               List<ProgressFigure> figures) {
        StringBuilder md = new StringBuilder();
        md.append("This report follows up ").append(escape(planTitle)).append(" in ").append(year)
                .append(": what was done, what moved in the evidence and what is late, as of ").append(today).append(".\n\n");
        md.append("## What was done\n\n");
        list(md, actions.stream().filter(a -> a.status() == ActionStatus.DONE).toList(), "No action is marked done yet.");
        md.append("## What moved\n\n");
        if (figures.isEmpty()) {
            md.append("The plan has no linked figures to compare.\n\n");
        } else {
            md.append("Each headline figure of the plan as the plan stated it, and the same figure computed again now. "
                    + "\"c\" marks a figure hidden to protect confidentiality.\n\n");
            md.append("| Figure | Then | 95% interval then | Now | 95% interval now |\n|---|---|---|---|---|\n");
            for (ProgressFigure f : figures) {
                md.append("| ").append(cell(f.label())).append(" | ").append(cell(f.thenText())).append(" | ")
                        .append(cell(f.thenIntervalText())).append(" | ").append(cell(f.nowText())).append(" | ")
                        .append(cell(f.intervalText())).append(" |\n");
            }
            md.append('\n');
        }
        md.append("## What is late\n\n");
        list(md, actions.stream().filter(ActionItem::late).toList(), "No action is late.");
        md.append("## Under way\n\n");
        list(md, actions.stream().filter(a -> !a.late() && a.status() != ActionStatus.DONE).toList(), "Nothing else is under way.");
        return md.toString();
    }

    private static void list(StringBuilder md, List<ActionItem> actions, String none) {
        if (actions.isEmpty()) {
            md.append(none).append("\n\n");
            return;
        }
        for (ActionItem a : actions) {
            md.append("- ").append(escape(a.title())).append(" (").append(escape(a.ownerName())).append("; ")
                    .append(escape(a.priorityTitle())).append("; due ").append(a.dueDate()).append(")");
            if (a.latestNote() != null) {
                md.append(": ").append(escape(a.latestNote()));
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static String cell(String text) {
        return escape(text).replace("\n", " ");
    }

    /** Backslash-escapes the characters Markdown would act on, so that people's words stay words. */
    static String escape(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]#<>|~])", "\\\\$1");
    }
}
