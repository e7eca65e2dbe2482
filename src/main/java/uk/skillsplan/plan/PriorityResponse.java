package uk.skillsplan.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.skillsplan.directory.OrganisationKind;

/** One organisation's response to a priority, with its row version: a save names it and is refused when stale. */
public record PriorityResponse(long id, long planId, String sicSection, long organisationId, String organisationName,
                               OrganisationKind organisationKind, ResponseDraft draft, int version, String savedBy,
                               Instant savedAt) {

    /** The response in one readable sentence of its parts, leaving out the empty ones (screen, DOCX and PDF). */
    public String words() {
        ResponseDraft d = draft;
        List<String> parts = new ArrayList<>();
        if (organisationKind == OrganisationKind.COUNCIL) {
            add(parts, "Funding", d.funding());
            add(parts, "Commissioning", d.commissioning());
        } else {
            add(parts, "Planned action", d.plannedAction());
            add(parts, "Timescale", d.timescale());
            add(parts, "Capacity", d.capacity());
            add(parts, "Barriers", d.barriers());
            add(parts, "What would remove them", d.removers());
        }
        return String.join(". ", parts) + ".";
    }

    private static void add(List<String> parts, String label, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(label + ": " + text.strip().replaceAll("[.]+$", ""));
        }
    }
}
