package uk.skillsplan.plan.drafting;

import java.util.List;
import java.util.Map;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.plan.SectionKind;

/**
 * A generated draft: Markdown per section, where each figure is a link to {@code evidence:N}, N
 * indexing {@link #citations} (the service stores them as evidence links and puts their addresses in).
 */
public record Draft(Map<SectionKind, String> sections, List<Citation> citations, List<PriorityScore.Ranked> priorities) {

    /** A figure written into a section, with the words used. */
    public record Citation(SectionKind section, Figure figure, String words) {
    }

    public static final String PLACEHOLDER = "evidence:";
}
