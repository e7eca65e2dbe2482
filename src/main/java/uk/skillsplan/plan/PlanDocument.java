package uk.skillsplan.plan;

import java.util.List;

/** A plan as a reader gets it - on the public page, in the DOCX and the PDF: the main body, then the annexes. */
public record PlanDocument(long planId, String title, String areaName, String cycle, PlanStatus status, int revision,
                           List<SectionText> sections, List<Priority> priorities) {

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
