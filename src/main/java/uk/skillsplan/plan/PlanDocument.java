package uk.skillsplan.plan;

import java.util.List;

/**
 * A plan as a reader gets it - on the public page, in the DOCX and the PDF: the main body, the
 * responses of providers and councils under each priority, then the annexes.
 */
public record PlanDocument(long planId, String title, String areaName, String cycle, PlanStatus status, int revision,
                           List<SectionText> sections, List<Priority> priorities, List<PriorityResponse> responses) {

    /** The heading of the part that lists the responses under each priority. */
    public static final String RESPONSES_TITLE = "Responses to the priorities";

    public PlanDocument {
        sections = List.copyOf(sections);
        priorities = List.copyOf(priorities);
        responses = List.copyOf(responses);
    }

    /** The responses to one priority, in the order recorded (providers, then councils). */
    public List<PriorityResponse> responsesTo(Priority priority) {
        return responses.stream().filter(r -> r.sicSection().equals(priority.sicSection())).toList();
    }

    public List<SectionText> mainBody() {
        return sections.stream().filter(s -> !s.kind().annex()).toList();
    }

    public List<SectionText> annexes() {
        return sections.stream().filter(s -> s.kind().annex()).toList();
    }

    /** Sections with nothing written, which a reader should be told about. */
    public List<SectionText> missing() {
        return sections.stream().filter(SectionText::empty).toList();
    }
}
