package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Says when the figures on a page were computed, so nobody mistakes them for older or newer ones. */
final class Freshness {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private Freshness() {
    }

    static Paragraph of(Instant computedAt) {
        Paragraph line = new Paragraph("Figures computed at " + WHEN.format(computedAt) + " from every answer submitted "
                + "by then. Open the page again to include answers submitted since.");
        line.addClassName("sp-freshness");
        return line;
    }
}
