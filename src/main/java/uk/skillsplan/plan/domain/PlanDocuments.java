package uk.skillsplan.plan.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.skillsplan.plan.PlanDocument;
import uk.skillsplan.plan.Priority;
import uk.skillsplan.plan.SectionText;

/** Assembles a plan for readers (public page, DOCX, PDF) once access has been checked. */
@Component
public class PlanDocuments {

    private final PlanSectionRepository sections;
    private final PlanPriorityRepository priorities;
    private final SectionWriter writer;
    private final PlanViews views;
    private final PlanResponseRepository responses;

    PlanDocuments(PlanSectionRepository sections, PlanPriorityRepository priorities, SectionWriter writer, PlanViews views,
                  PlanResponseRepository responses) {
        this.responses = responses;
        this.sections = sections;
        this.priorities = priorities;
        this.writer = writer;
        this.views = views;
    }

    public PlanDocument of(Plan plan) {
        List<SectionText> texts = sections.findByPlan(plan.getId()).stream().map(s -> writer.current(plan, s)).toList();
        List<Priority> ranked = priorities.findByPlan(plan.getId()).stream().map(p -> new Priority(p.getPriorityRank(),
                p.getSicSection(), p.getTitle(), p.getScore(), p.getExplanation())).toList();
        return new PlanDocument(plan.getId(), plan.getTitle(), views.areaName(plan.getLsipCode()),
                plan.getCycleStart() + "-" + plan.getCycleEnd(), plan.getStatus(), plan.getRevision(), texts, ranked,
                responses.findByPlan(plan.getId()).stream().map(PlanResponse::toRecord).toList());
    }
}
