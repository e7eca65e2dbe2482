package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.insight.Breakdown;
import uk.skillsplan.insight.DemandProvisionService;
import uk.skillsplan.insight.InsightExportService;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.WeightedInsightService;
import uk.skillsplan.insight.MetricKind;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.security.Roles;
import uk.skillsplan.survey.SurveyRoundService;

/**
 * For college and provider staff: what employers in their area need, for what the provider teaches -
 * the sectors and occupations with hard-to-fill vacancies, the skills lacking, what stops employers
 * training, and how employers rate local training - beside the provider's own answers. Aggregates
 * only, every one through disclosure control.
 */
@Route("insight/demand")
@PageTitle("Employer demand | SkillsPlan")
@Menu(title = "Employer demand", order = 36, icon = "BAR_CHART")
@RolesAllowed(Roles.PROVIDER)
public class ProviderDemandView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "insight/demand";

    private final InsightService insight;
    private final InsightExportService exports;
    private final ReferenceDataService reference;
    private final SelectionReader reader;
    private final CallerScope callers;
    private final SurveyRoundService rounds;
    private final ResponseService responses;
    private final DemandProvisionService crosswalk;
    private final WeightedInsightService weighted;
    private boolean weightable;

    FilterBar filters;
    ProviderAnswers ownAnswers;
    final List<FigureTablePanel> tables = new ArrayList<>();
    HeadlinePanel rating;

    ProviderDemandView(InsightService insight, InsightExportService exports, ReferenceDataService reference,
                       SelectionReader reader, CallerScope callers, SurveyRoundService rounds, ResponseService responses,
                       DemandProvisionService crosswalk, WeightedInsightService weighted) {
        this.insight = insight;
        this.exports = exports;
        this.reference = reference;
        this.reader = reader;
        this.callers = callers;
        this.rounds = rounds;
        this.responses = responses;
        this.crosswalk = crosswalk;
        this.weighted = weighted;
        addClassName("sp-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Selection s = reader.read(event.getLocation().getQueryParameters(), callers.require(), AreaOverviewView.EMPLOYER)
                .orElseThrow();
        removeAll();
        tables.clear();
        String areaName = reader.areaName(s.area());
        add(new H1("Employer demand in " + areaName));
        ownAnswers = new ProviderAnswers(rounds, responses);
        if (s.round() == null) {
            add(new Paragraph("No employer survey round in " + areaName + " has answers yet. When employers submit "
                    + "their answers, what they need appears here."), ownAnswers);
            return;
        }
        add(new Paragraph("What employers said in " + s.round().name() + ", for the sectors your subjects serve. Figures "
                + "shown as c are hidden because too few employers answered within the filters (or one dominates), so "
                + "they could reveal one employer's answers; * marks a figure on fewer than 30 responses."));
        weightable = weighted.weights(s.round().id()).isPresent();
        filters = new FilterBar(s, reader.rounds(s.area(), AreaOverviewView.EMPLOYER), reference,
                next -> UI.getCurrent().navigate(ROUTE, next.parameters(false)));
        add(filters);
        Div columns = new Div();
        columns.addClassName("sp-demand");
        Div demand = new Div();
        demand.addClassName("sp-demand-figures");
        columns.add(demand, ownAnswers);
        add(columns);

        List<Metric> catalogue = insight.catalogue().stream()
                .filter(m -> AreaOverviewView.EMPLOYER.equalsIgnoreCase(m.audience())).toList();
        Set<String> yourSectors = crosswalk.sectorsServedBy(ownAnswers.subjects);
        String where = FilterBar.describe(s, areaName, reference);

        Section sectors = section(demand, "Sectors", "Where employers in " + where + " have vacancies they find hard to "
                + "fill because applicants lack skills. " + (yourSectors.isEmpty() ? "" : "Sectors your subjects serve are "
                + "marked: a quarter or more of the sector's demand goes to one of your subject areas in our crosswalk, an "
                + "approximation (there is no official one). "));
        sectors.add(new Anchor(s.link(DemandProvisionView.ROUTE, false), "Set demand against provision by subject area"));
        demandMetric(catalogue).ifPresent(m -> table(sectors, m, s, Breakdown.SIC_SECTION, yourSectors,
                row -> s.withFilter(s.filter().withSicSection(row.key())).link(ROUTE, false)));

        Section occupations = section(demand, "Occupations", "The jobs employers find hard to fill now, and those they "
                + "expect to need more people or new skills for in the next three years.");
        // Only metrics asked per occupation (the workforce grid) break down by occupation.
        demandMetric(catalogue).filter(m -> m.questionCodes().contains("WORKFORCE")).ifPresent(m -> table(occupations, m, s, Breakdown.SOC_MAJOR, Set.of(), null));
        options(occupations, catalogue, "FUTURE_OCCUPATIONS", s);

        Section skills = section(demand, "Skills lacking", "Skills employers find lacking now, and those they will need more of.");
        options(skills, catalogue, "SKILLS_LACKING", s);
        options(skills, catalogue, "FUTURE_SKILLS", s);

        Section barriers = section(demand, "What stops employers training", "");
        options(barriers, catalogue, "TRAINING_BARRIERS", s);

        Section provision = section(demand, "How employers rate local training", "");
        Catalogue.reading(catalogue, "PROVISION_RATING", MetricKind.MEAN, MetricKind.INCIDENCE).ifPresent(m -> {
            rating = new HeadlinePanel("Employers' rating of local training", where,
                    List.of(new HeadlinePanel.Line(m, insight.figure(s.query(m.code())), insight.benchmark(m.code()).orElse(null))));
            provision.add(rating);
        });
        options(provision, catalogue, "WORK_WITH_COLLEGES", s);
        if (!tables.isEmpty()) {
            addComponentAtIndex(3, Freshness.of(tables.getFirst().lines.getLast().figure().computedAt()));
        }
    }

    private static Optional<Metric> demandMetric(List<Metric> catalogue) {
        return Catalogue.reading(catalogue, "VAC_SSV", MetricKind.VOLUME)
                .or(() -> Catalogue.reading(catalogue, "VAC_HTF", MetricKind.VOLUME))
                .or(() -> Catalogue.reading(catalogue, "VAC_SSV"));
    }

    private static Section section(Div parent, String title, String intro) {
        Section section = new Section(new H2(title));
        if (!intro.isEmpty()) {
            section.add(new Paragraph(intro));
        }
        parent.add(section);
        return section;
    }

    private void options(Section section, List<Metric> catalogue, String questionCode, Selection s) {
        Catalogue.reading(catalogue, questionCode, MetricKind.OPTION_SHARES)
                .ifPresent(m -> table(section, m, s, Breakdown.OPTION, Set.of(), null));
    }

    private void table(Section section, Metric metric, Selection s, Breakdown by, Set<String> highlighted,
                       java.util.function.Function<uk.skillsplan.insight.FigureRow, String> link) {
        FigureTablePanel panel = new FigureTablePanel(metric, insight.table(s.query(metric.code()), by), exports, link,
                highlighted, "a sector your subjects serve",
                AreaOverviewView.weightedTable(insight, weightable, s.query(metric.code()), by));
        tables.add(panel);
        section.add(panel);
    }
}
