package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.markdown.Markdown;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.skillsplan.plan.document.SafeMarkdown;

/** Shared bits of the plan's screens: section text shown safely, and times in UK time. */
final class PlanTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private PlanTexts() {
    }

    /** Section text in Vaadin's (free) Markdown component, after the server made any HTML and unsafe links inert. */
    static Markdown markdown(String body, boolean evidenceLinks) {
        Markdown markdown = new Markdown(SafeMarkdown.markdown(body, evidenceLinks));
        markdown.addClassName("sp-plan-text");
        return markdown;
    }

    /** A link on a line of its own, so that it is never a link inside a block of text told apart by colour alone. */
    static com.vaadin.flow.component.html.Paragraph ownLine(com.vaadin.flow.component.html.Anchor link) {
        return new com.vaadin.flow.component.html.Paragraph(link);
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
