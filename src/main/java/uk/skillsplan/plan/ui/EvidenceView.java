package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import uk.skillsplan.base.ui.RouteIds;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.InsightFilter;
import uk.skillsplan.plan.EvidenceDetail;
import uk.skillsplan.plan.PlanEvidenceService;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.security.Roles;

/** Where a figure of the plan comes from: metric, exact filter, base, weighting, when computed; recomputed on demand. */
@Route("plans/evidence/:linkId")
@PageTitle("Evidence for a figure | SkillsPlan")
@RolesAllowed({Roles.PROVIDER, Roles.COUNCIL, Roles.ERB_LEAD, Roles.ADMIN})
public class EvidenceView extends Div implements BeforeEnterObserver {

    final Div details = new Div();
    final Button recompute = new Button("Recompute now");
    final Button accept = new Button("Accept the new value into the text");
    final Div outcome = new Div();
    private final PlanEvidenceService evidence;
    private final PlanService plans;
    private EvidenceDetail link;

    EvidenceView(PlanEvidenceService evidence, PlanService plans) {
        this.evidence = evidence;
        this.plans = plans;
        addClassName("sp-view");
        outcome.getElement().setAttribute("role", "status");
        recompute.addClickListener(click -> showRecomputed(evidence.recompute(link.linkId())));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setVisible(false);
        accept.addClickListener(click -> {
            try {
                link = evidence.acceptNewValue(link.linkId());
                Notices.success("The text now says " + link.words() + ", as a new version of the section.");
                showLink();
                outcome.removeAll();
                accept.setVisible(false);
            } catch (ValidationException refused) {
                Notices.error(String.join(" ", refused.fieldErrors().values()));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long linkId = RouteIds.id(event.getRouteParameters(), "linkId")
                .orElseThrow(() -> new NotFoundException("There is no such figure."));
        link = evidence.evidence(linkId);
        removeAll();
        Anchor back = new Anchor("plans/" + link.planId(), "Back to the plan");
        back.getElement().setAttribute("router-link", true);
        Div toolbar = new Div(recompute, accept);
        toolbar.addClassName("sp-toolbar");
        add(back, new H1("Evidence for a figure"), details, toolbar, outcome);
        accept.setEnabled(plans.permissions(link.planId()).edit());
        showLink();
    }

    private void showLink() {
        details.removeAll();
        InsightFilter filter = link.query().filter();
        String filterWords = filter.isEmpty() ? "The whole area, every establishment" : java.util.stream.Stream.of(
                filter.ladCode() == null ? null : "local authority " + filter.ladCode(),
                filter.sicSection() == null ? null : "sector (SIC section) " + filter.sicSection(),
                filter.sizeBand() == null ? null : "size band " + filter.sizeBand(),
                filter.socMajor() == null ? null : "occupation (SOC major group) " + filter.socMajor())
                .filter(java.util.Objects::nonNull).collect(Collectors.joining(", "));
        NativeTable table = new NativeTable();
        NativeTableBody body = new NativeTableBody();
        row(body, "In the text", link.words());
        row(body, "Section", link.sectionTitle());
        row(body, "Metric", link.metric() == null ? link.query().metric()
                : link.metric().name() + " (" + link.metric().code() + "): " + link.metric().description());
        if (link.metric() != null) {
            row(body, "Counted", link.metric().numerator() + (link.metric().denominator().isEmpty() ? ""
                    : " divided by " + link.metric().denominator()));
        }
        row(body, "Filter", filterWords);
        row(body, "Area", link.query().lsipCode());
        row(body, "Survey rounds", link.query().rounds().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        row(body, "Weighting", link.query().weighting().name().equals("WEIGHTED")
                ? "Weighted to the business population" : "Unweighted (each establishment counts once)");
        row(body, "Base", link.baseUsed() + " responding organisations (rounded to the nearest 5)"
                + (link.caution() ? "; fewer than 30 responses, treat with caution" : ""));
        row(body, "Computed", PlanTexts.when(link.computedAt()));
        table.add(body);
        table.getElement().setAttribute("aria-label", "Where this figure comes from");
        details.add(table);
    }

    private static void row(NativeTableBody body, String name, String value) {
        NativeTableHeaderCell header = new NativeTableHeaderCell(name);
        header.getElement().setAttribute("scope", "row");
        body.add(new NativeTableRow(header, new NativeTableCell(value == null ? "" : value)));
    }

    private void showRecomputed(EvidenceDetail now) {
        outcome.removeAll();
        outcome.add(new H2("Computed again now"));
        if (now.problem() != null) {
            outcome.add(new Paragraph(now.problem()));
            accept.setVisible(false);
            return;
        }
        Figure figure = now.now();
        if (!now.changed()) {
            outcome.add(new Paragraph("Unchanged: the evidence still gives " + link.words() + "."));
            accept.setVisible(false);
            return;
        }
        outcome.add(new Paragraph("Evidence changed. The text says " + link.words() + "; the evidence now gives "
                + (figure.suppressed() ? "a figure that is hidden to protect confidentiality (" + figure.suppression()
                .explanation() + ")" : now.newWords()) + "."));
        accept.setVisible(true);
    }
}
