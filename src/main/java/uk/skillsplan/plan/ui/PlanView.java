package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.LongFunction;
import uk.skillsplan.base.ui.RouteIds;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.plan.ApprovalRecord;
import uk.skillsplan.plan.HistoryEntry;
import uk.skillsplan.plan.PlanDraftingService;
import uk.skillsplan.plan.PlanEditionService;
import uk.skillsplan.plan.PlanExportService;
import uk.skillsplan.plan.PlanPermissions;
import uk.skillsplan.plan.PlanResponseService;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanSignOffService;
import uk.skillsplan.plan.PlanStatus;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.plan.Priority;
import uk.skillsplan.plan.QualityProblem;
import uk.skillsplan.plan.RankingCheck;
import uk.skillsplan.plan.drafting.Sensitivity;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import uk.skillsplan.plan.SectionText;
import uk.skillsplan.plan.collaboration.CollaborationService;
import uk.skillsplan.plan.collaboration.SectionOwnership;
import java.util.Map;
import uk.skillsplan.security.Roles;

/** One plan: its state and the steps to sign-off, its priorities, its sections (to read and edit), approvals and history. */
@Route("plans/:planId")
@RolesAllowed({Roles.PROVIDER, Roles.COUNCIL, Roles.ERB_LEAD, Roles.ADMIN})
public class PlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph state = new Paragraph();
    final Button generate = new Button("Generate the draft from the evidence");
    final Button submit = new Button("Send for review");
    final Button requestSignOff = new Button("Ask for sign-off");
    final Button approve = new Button("Approve this version");
    final Button publish = new Button("Publish");
    final Button returnToDraft = new Button("Back to draft");
    final Button newEdition = new Button("Start a new edition");
    final Div downloads = new Div();
    final Grid<Priority> priorities = new Grid<>(Priority.class, false);
    final Button checkSensitivity = new Button("Check whether the priorities hold");
    final Grid<RankingCheck> sensitivity = new Grid<>(RankingCheck.class, false);
    final Paragraph sensitivityNote = new Paragraph();
    final Div sections = new Div();
    final Div responses = new Div();
    final Div checks = new Div();
    final Grid<ApprovalRecord> approvals = new Grid<>(ApprovalRecord.class, false);
    final Grid<HistoryEntry> history = new Grid<>(HistoryEntry.class, false);

    private final PlanService plans;
    private final PlanSignOffService signOff;
    private final PlanDraftingService drafting;
    private final PlanExportService exports;
    private final PlanEditionService editions;
    private final CollaborationService collaboration;
    private PlanSummary plan;

    private final PlanResponseService responseService;

    PlanView(PlanService plans, PlanSignOffService signOff, PlanDraftingService drafting, PlanExportService exports,
             PlanEditionService editions, PlanResponseService responseService, CollaborationService collaboration) {
        this.plans = plans;
        this.responseService = responseService;
        this.collaboration = collaboration;
        this.signOff = signOff;
        this.drafting = drafting;
        this.exports = exports;
        this.editions = editions;
        addClassName("sp-view");
        checks.addClassName("sp-plan-checks");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> new GenerateDraftDialog(plan, drafting, generated -> refresh()).open());
        submit.addClickListener(click -> step(signOff::submitForReview, "The plan is in review."));
        requestSignOff.addClickListener(click -> step(signOff::requestSignOff, "Sign-off requested from the ERB lead and the council."));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(click -> step(signOff::approve, "Your approval is recorded."));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> step(signOff::publish, "The plan is published."));
        returnToDraft.addClickListener(click -> step(signOff::returnToDraft, "The plan is a draft again."));
        newEdition.addClickListener(click -> new NewEditionDialog(plan, editions, edition -> {
            Notices.success("Edition " + edition.edition() + " is a new draft, starting from the published text.");
            getUI().ifPresent(ui -> ui.navigate("plans/" + edition.id()));
        }).open());
        priorities.addColumn(Priority::rank).setHeader("Rank").setAutoWidth(true).setFlexGrow(0);
        priorities.addColumn(p -> p.title() + " (SIC " + p.sicSection() + ")").setHeader("Sector").setFlexGrow(1);
        priorities.addColumn(Priority::explanation).setHeader("Why it ranks here").setFlexGrow(3);
        priorities.setAriaLabel("Priorities");
        priorities.setAllRowsVisible(true);
        priorities.setEmptyStateText("No priorities yet: generate the draft from the evidence.");
        priorities.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        sensitivity.addColumn(RankingCheck::scenario).setHeader("Changed or left out").setFlexGrow(1);
        sensitivity.addColumn(c -> c.unavailable() ? "Not checked" : c.unchanged() ? "Same order" : "Changes")
                .setHeader("Top " + Sensitivity.TOP).setAutoWidth(true).setFlexGrow(0);
        sensitivity.addColumn(RankingCheck::verdict).setHeader("What changes").setFlexGrow(3);
        sensitivity.setAriaLabel("Sensitivity of the priorities");
        sensitivity.setAllRowsVisible(true);
        sensitivity.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        sensitivity.setVisible(false);
        checkSensitivity.addClickListener(click -> showSensitivity());
        approvals.addColumn(ApprovalRecord::planRevision).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
        approvals.addColumn(a -> a.role().label()).setHeader("Role");
        approvals.addColumn(ApprovalRecord::approvedBy).setHeader("Approved by");
        approvals.addColumn(a -> PlanTexts.when(a.approvedAt())).setHeader("When");
        approvals.addColumn(a -> a.standing() ? "Stands" : "Reset by an edit on " + PlanTexts.when(a.resetAt())).setHeader("Now");
        approvals.setAriaLabel("Approvals");
        approvals.setAllRowsVisible(true);
        approvals.setEmptyStateText("No approvals yet.");
        history.addColumn(h -> PlanTexts.when(h.at())).setHeader("When");
        history.addColumn(HistoryEntry::by).setHeader("Who");
        history.addColumn(HistoryEntry::planRevision).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(HistoryEntry::what).setHeader("What");
        history.addColumn(HistoryEntry::detail).setHeader("Detail").setFlexGrow(3);
        history.setAriaLabel("History");
        history.setAllRowsVisible(true);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = RouteIds.id(event.getRouteParameters(), "planId")
                .orElseThrow(() -> new NotFoundException("There is no such plan."));
        plan = plans.plan(planId);
        removeAll();
        Div steps = new Div(generate, submit, requestSignOff, approve, publish, returnToDraft, newEdition, downloads);
        steps.addClassName("sp-toolbar");
        add(title, state, steps, new H2("Checks before review"), checks, new H2("Priorities"), priorities,
                new com.vaadin.flow.component.html.H3("Does the ranking hold?"), new Paragraph("The ranking computed again "
                + "with the other weighting, and with each size band and each sector left out in turn: whether the top "
                + Sensitivity.TOP + " priorities keep their order, and which priorities move."), checkSensitivity,
                sensitivityNote, sensitivity, new H2("Responses and actions"), responses, new H2("The plan"), sections,
                new H2("Sign-off"),
                approvals, new H2("History"), history);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return (plan == null ? "Skills plan" : plan.title()) + " | SkillsPlan";
    }

    private void refresh() {
        plan = plans.plan(plan.id());
        PlanPermissions may = plans.permissions(plan.id());
        title.setText(plan.title());
        state.setText("Status: " + plan.status().label() + ". Cycle " + plan.cycle() + ", revision " + plan.revision()
                + (plan.generatedAt() == null ? ". Not generated from the evidence yet." : ". Generated from the evidence on "
                + PlanTexts.when(plan.generatedAt()) + ".")
                + (plan.status() == PlanStatus.PUBLISHED ? " Published and read-only: a change starts a new edition." : "")
                + (plan.followsPlanId() == null ? "" : " Edition " + plan.edition() + ", started from the published text of "
                        + "the edition before."));
        generate.setVisible(may.edit());
        submit.setVisible(may.submitForReview());
        requestSignOff.setVisible(may.requestSignOff());
        approve.setVisible(may.approve());
        publish.setVisible(may.publish());
        returnToDraft.setVisible(may.returnToDraft());
        newEdition.setVisible(plan.status() == PlanStatus.PUBLISHED && editions.mayStartNewEdition(plan.id()));
        downloads.removeAll();
        downloads.add(PlanDownloads.links(plan, exports));
        if (plan.status() == PlanStatus.PUBLISHED) {
            Anchor page = new Anchor("public/plans/" + plan.id(), "Open the public page");
            downloads.add(page);
        }
        showChecks(may.edit());
        List<Priority> ranked = plans.priorities(plan.id());
        priorities.setItems(ranked);
        responses.removeAll();
        responses.add(PriorityResponsesPanel.of(plan.id(), ranked, responseService.responses(plan.id())));
        sections.removeAll();
        List<SectionText> texts = plans.sections(plan.id());
        Map<Long, SectionOwnership> owners = collaboration.ownerships(plan.id());
        for (SectionText text : texts) {
            sections.add(section(text, owners.get(text.sectionId())));
        }
        approvals.setItems(plans.approvals(plan.id()));
        history.setItems(plans.history(plan.id()));
    }

    private Section section(SectionText text, SectionOwnership ownership) {
        boolean editable = ownership.mayEdit();
        Section section = new Section();
        section.addClassName("sp-plan-section");
        section.add(new com.vaadin.flow.component.html.H3(text.title()));
        section.add(new Paragraph("Owner: " + ownership.owner() + ". " + ownership.openSuggestions()
                + (ownership.openSuggestions() == 1 ? " suggested edit" : " suggested edits") + " waiting, "
                + ownership.openThreads() + (ownership.openThreads() == 1 ? " open comment thread." : " open comment threads.")));
        section.add(new Paragraph(text.number() == 0 ? "Nothing written yet."
                : "Version " + text.number() + ", " + text.note() + " by " + text.savedBy() + " on " + PlanTexts.when(text.savedAt()) + "."));
        if (!text.empty()) {
            section.add(PlanTexts.markdown(text.body(), true));
        }
        Div links = new Div();
        links.addClassName("sp-toolbar");
        if (editable) {
            Anchor edit = new Anchor("plans/sections/" + text.sectionId() + "/edit", "Edit \"" + text.title() + "\"");
            edit.getElement().setAttribute("router-link", true);
            links.add(edit);
        }
        Anchor together = new Anchor("plans/sections/" + text.sectionId(), "Comments and suggestions on \"" + text.title() + "\"");
        together.getElement().setAttribute("router-link", true);
        Anchor versions = new Anchor("plans/sections/" + text.sectionId() + "/versions", "Versions of \"" + text.title() + "\"");
        versions.getElement().setAttribute("router-link", true);
        links.add(together, versions);
        section.add(links);
        return section;
    }

    private void showChecks(boolean editable) {
        checks.removeAll();
        List<QualityProblem> problems = plans.qualityChecks(plan.id());
        if (problems.isEmpty()) {
            checks.add(new Paragraph("No problems found: every section is written, the priorities rest on the evidence "
                    + "and the main body is within about 30 pages."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (QualityProblem problem : problems) {
            ListItem item = new ListItem(new Span(problem.check() + ": " + problem.message() + " "));
            if (problem.sectionId() != null && editable) {
                Anchor fix = new Anchor("plans/sections/" + problem.sectionId() + "/edit", "Fix in \"" + problem.sectionTitle() + "\"");
                fix.getElement().setAttribute("router-link", true);
                item.add(fix);
            }
            list.add(item);
        }
        checks.add(new Paragraph(problems.size() + (problems.size() == 1 ? " thing" : " things") + " to fix before review:"), list);
    }

    private void showSensitivity() {
        try {
            List<RankingCheck> checks = drafting.sensitivity(plan.id());
            long changed = checks.stream().filter(c -> !c.unchanged() && !c.unavailable()).count();
            sensitivityNote.setText(changed == 0 ? "The top priorities keep their order in every check."
                    : "The top priorities change in " + changed + " of " + checks.size() + " checks: see below.");
            sensitivity.setItems(checks);
            sensitivity.setVisible(true);
        } catch (ValidationException refused) {
            sensitivityNote.setText(String.join(" ", refused.fieldErrors().values()));
            sensitivity.setVisible(false);
        }
    }

    private void step(LongFunction<PlanSummary> action, String done) {
        try {
            action.apply(plan.id());
            Notices.success(done);
        } catch (ValidationException refused) {
            Notices.error(String.join(" ", refused.fieldErrors().values()));
        }
        refresh();
    }
}
