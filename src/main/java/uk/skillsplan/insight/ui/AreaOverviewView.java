package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.directory.LsipArea;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.insight.Breakdown;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.FigureRow;
import uk.skillsplan.insight.InsightExportService;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricKind;
import uk.skillsplan.insight.WeightedInsightService;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.Roles;

/**
 * The area overview for the ERB lead, council officers and administrators (who choose an area):
 * every theme's figures for the selection beside England's, the answers behind them, and a
 * drill-down from the area to a local authority to a sector. Everything it shows is a figure from
 * the insight service, so every number has been through disclosure control.
 */
@Route("insight/area")
@PageTitle("Area overview | SkillsPlan")
@Menu(title = "Area overview", order = 35, icon = "BAR_CHART")
@RolesAllowed({Roles.ERB_LEAD, Roles.COUNCIL, Roles.ADMIN})
public class AreaOverviewView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "insight/area";
    static final String EMPLOYER = "EMPLOYER";

    private final InsightService insight;
    private final InsightExportService exports;
    private final ReferenceDataService reference;
    private final SelectionReader reader;
    private final CallerScope callers;
    private final WeightedInsightService weighted;

    Select<String> area;
    FilterBar filters;
    Select<String> compareBy;
    FigureTablePanel drillDown;
    final List<HeadlinePanel> headlines = new ArrayList<>();
    final List<FigureTablePanel> answerTables = new ArrayList<>();
    WeightedPanel weightedPanel;
    /** Whether the selected round has weights (the area has a business population): tables offer weighted figures. */
    private boolean weightable;

    AreaOverviewView(InsightService insight, InsightExportService exports, ReferenceDataService reference,
                     SelectionReader reader, CallerScope callers, WeightedInsightService weighted) {
        this.insight = insight;
        this.exports = exports;
        this.reference = reference;
        this.reader = reader;
        this.callers = callers;
        this.weighted = weighted;
        addClassName("sp-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Caller me = callers.require();
        var selection = reader.read(event.getLocation().getQueryParameters(), me, EMPLOYER);
        removeAll();
        headlines.clear();
        answerTables.clear();
        weightedPanel = null;
        weightable = false;
        String areaName = selection.map(s -> reader.areaName(s.area())).orElse(null);
        add(new H1(areaName == null ? "Area overview" : "Area overview: " + areaName));
        if (me.isAdmin()) {
            add(areaChooser(selection.map(Selection::area).orElse(null)));
        }
        if (selection.isEmpty()) {
            add(new Paragraph("Choose an LSIP area to see its evidence."));
            return;
        }
        Selection s = selection.get();
        if (s.round() == null) {
            add(new Paragraph("No employer survey round in " + areaName + " has answers you can analyse yet. When the "
                    + "ERB opens a round and employers submit, their evidence appears here."));
            return;
        }
        boolean admin = me.isAdmin();
        add(new Paragraph("Figures from the employers' submitted answers to " + s.round().name() + ", each beside England's "
                + "figure from the national Employer Skills Survey. A figure shown as c is hidden because too few "
                + "organisations answered, or one dominates, so it could reveal one organisation's answers; a figure "
                + "marked * rests on fewer than 30 responses: treat it with caution. Bases are rounded to the nearest 5."));
        filters = new FilterBar(s, reader.rounds(s.area(), EMPLOYER), reference, next -> go(next, admin));
        add(filters, path(s, areaName, admin));
        List<Metric> metrics = insight.catalogue().stream().filter(m -> EMPLOYER.equalsIgnoreCase(m.audience())).toList();
        List<Metric> headline = metrics.stream().filter(m -> m.kind() != MetricKind.OPTION_SHARES).toList();
        // Made first (shown last): whether the round has weights decides whether the tables offer weighted figures.
        weightedPanel = headline.isEmpty() ? null : new WeightedPanel(weighted, s.round().id(),
                () -> headline.stream().map(m -> s.query(m.code())).toList(), admin || me.is(Role.ERB_LEAD));
        weightable = weightedPanel != null && weightedPanel.hasWeights;
        add(drillDown(s, metrics, admin, areaName));
        String selectionName = FilterBar.describe(s, areaName, reference);
        Map<MetricTheme, List<Metric>> byTheme = new EnumMap<>(MetricTheme.class);
        metrics.forEach(m -> byTheme.computeIfAbsent(MetricTheme.of(m), t -> new ArrayList<>()).add(m));
        // One call for every headline figure: the service computes queries that share a filter together.
        List<Figure> computed = insight.figures(headline.stream().map(m -> s.query(m.code())).toList());
        Map<String, Figure> figures = new HashMap<>();
        for (int i = 0; i < headline.size(); i++) {
            figures.put(headline.get(i).code(), computed.get(i));
        }
        if (!computed.isEmpty()) {
            add(Freshness.of(computed.getFirst().computedAt()));
        }
        byTheme.forEach((theme, themed) -> add(theme(theme, themed, s, selectionName, figures)));
        if (weightedPanel != null) {
            add(weightedPanel);
        }
        add(otherRespondents(s, "PROVIDER", "What colleges and providers said", "Subjects and levels they teach, what limits "
                + "them and how much room they have to grow, from the providers' survey."));
        add(otherRespondents(s, "COUNCIL", "What councils said", "Priority sectors, funding levers and concerns about job "
                + "quality, from the councils' survey."));
    }

    /**
     * Providers' or councils' answers, from the newest round asking them. Only the local authority
     * filter applies to them (sector and size describe employers).
     */
    private Section otherRespondents(Selection s, String audience, String title, String intro) {
        Section section = new Section(new H2(title), new Paragraph(intro));
        List<uk.skillsplan.insight.AnalysableRound> theirs = reader.rounds(s.area(), audience);
        if (theirs.isEmpty()) {
            section.add(new Paragraph("No round of this survey has submitted answers yet."));
            return section;
        }
        Selection selection = new Selection(s.area(), theirs.getFirst(),
                uk.skillsplan.insight.InsightFilter.NONE.withLocalAuthority(s.filter().ladCode()), null);
        section.add(new Paragraph("From " + selection.round().name() + "."));
        List<Metric> metrics = insight.catalogue().stream().filter(m -> audience.equalsIgnoreCase(m.audience())).toList();
        List<HeadlinePanel.Line> lines = metrics.stream().filter(m -> m.kind() != MetricKind.OPTION_SHARES)
                .map(m -> new HeadlinePanel.Line(m, insight.figure(selection.query(m.code())), null)).toList();
        if (!lines.isEmpty()) {
            HeadlinePanel headline = new HeadlinePanel(title, FilterBar.describe(selection, reader.areaName(s.area()),
                    reference), lines, false);
            headlines.add(headline);
            section.add(headline);
        }
        for (Metric m : metrics.stream().filter(m -> m.kind() == MetricKind.OPTION_SHARES).toList()) {
            // Weights are for employers' answers: providers' and councils' tables are unweighted.
            FigureTablePanel panel = new FigureTablePanel(m, insight.table(selection.query(m.code()), Breakdown.OPTION),
                    exports, null, java.util.Set.of(), null);
            answerTables.add(panel);
            section.add(panel);
        }
        return section;
    }

    private Select<String> areaChooser(String chosen) {
        // A new field on each visit: the view is reused when only the address parameters change.
        area = areaChooser(reference, chosen, ROUTE);
        return area;
    }

    /** For administrators: the LSIP area to analyse; choosing one opens {@code route} for it. */
    static Select<String> areaChooser(ReferenceDataService reference, String chosen, String route) {
        Select<String> select = new Select<>();
        select.setLabel("LSIP area");
        List<LsipArea> areas = reference.areas();
        select.setItems(areas.stream().map(LsipArea::code).toList());
        select.setItemLabelGenerator(code -> areas.stream().filter(a -> a.code().equals(code)).map(LsipArea::name)
                .findFirst().orElse(code));
        select.setValue(chosen);
        select.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                UI.getCurrent().navigate(route, QueryParameters.simple(Map.of(Selection.AREA, e.getValue())));
            }
        });
        return select;
    }

    private void go(Selection next, boolean admin) {
        UI.getCurrent().navigate(ROUTE, next.parameters(admin));
    }

    /** Where the drill-down stands, each step a link back up. */
    private Nav path(Selection s, String areaName, boolean admin) {
        Nav nav = new Nav();
        nav.addClassName("sp-breadcrumbs");
        nav.getElement().setAttribute("aria-label", "Drill-down path");
        var filter = s.filter();
        nav.add(new Anchor(s.withFilter(uk.skillsplan.insight.InsightFilter.NONE).link(ROUTE, admin), areaName));
        if (filter.ladCode() != null) {
            Selection lad = s.withFilter(uk.skillsplan.insight.InsightFilter.NONE.withLocalAuthority(filter.ladCode()));
            nav.add(new Span(" › "), new Anchor(lad.link(ROUTE, admin), FilterBar.describe(lad, areaName, reference)));
        }
        if (filter.sicSection() != null) {
            nav.add(new Span(" › "), new Span(FilterBar.describe(s.withFilter(uk.skillsplan.insight.InsightFilter.NONE
                    .withSicSection(filter.sicSection())), areaName, reference).replace(areaName + ", ", "")));
        }
        return nav;
    }

    /** Area -> local authorities; local authority -> sectors; sector -> sizes of site. */
    private Section drillDown(Selection s, List<Metric> metrics, boolean admin, String areaName) {
        Section section = new Section();
        List<Metric> comparable = metrics.stream().filter(m -> m.kind() != MetricKind.OPTION_SHARES).toList();
        if (comparable.isEmpty()) {
            return section;
        }
        Metric by = comparable.stream().filter(m -> m.code().equals(s.by())).findFirst().orElse(comparable.getFirst());
        Breakdown breakdown = s.filter().ladCode() == null ? Breakdown.LOCAL_AUTHORITY
                : s.filter().sicSection() == null ? Breakdown.SIC_SECTION : Breakdown.SIZE_BAND;
        String where = FilterBar.describe(s, areaName, reference);
        section.add(new H2(switch (breakdown) {
            case LOCAL_AUTHORITY -> "Compare local authorities in " + where;
            case SIC_SECTION -> "Compare sectors in " + where;
            default -> "Compare sizes of site in " + where;
        }));
        compareBy = new Select<>();
        compareBy.setLabel("Compare by");
        compareBy.setWidth("24rem");
        compareBy.setItems(comparable.stream().map(Metric::code).toList());
        compareBy.setItemLabelGenerator(code -> comparable.stream().filter(m -> m.code().equals(code)).map(Metric::name)
                .findFirst().orElse(code));
        compareBy.setValue(by.code());
        compareBy.addValueChangeListener(e -> go(new Selection(s.area(), s.round(), s.filter(), e.getValue()), admin));
        section.add(compareBy);
        java.util.function.Function<FigureRow, String> link = breakdown == Breakdown.SIZE_BAND ? null
                : row -> s.withFilter(breakdown == Breakdown.LOCAL_AUTHORITY ? s.filter().withLocalAuthority(row.key())
                : s.filter().withSicSection(row.key())).link(ROUTE, admin);
        drillDown = new FigureTablePanel(by, insight.table(s.query(by.code()), breakdown), exports, link, java.util.Set.of(), null,
                weightedTable(insight, weightable, s.query(by.code()), breakdown));
        section.add(drillDown);
        return section;
    }

    /** The same table weighted, asked when the reader chooses it; {@code null} when the round has no weights. */
    static java.util.function.Supplier<uk.skillsplan.insight.FigureTable> weightedTable(InsightService insight,
            boolean weightable, uk.skillsplan.insight.MetricQuery query, Breakdown by) {
        return weightable ? () -> insight.table(query.withWeighting(uk.skillsplan.insight.Weighting.WEIGHTED), by) : null;
    }

    private Section theme(MetricTheme theme, List<Metric> metrics, Selection s, String selectionName,
                          Map<String, Figure> figures) {
        Section section = new Section(new H2(theme.title()));
        if (!theme.intro().isEmpty()) {
            section.add(new Paragraph(theme.intro()));
        }
        List<HeadlinePanel.Line> lines = metrics.stream().filter(m -> m.kind() != MetricKind.OPTION_SHARES)
                .map(m -> new HeadlinePanel.Line(m, figures.get(m.code()), insight.benchmark(m.code()).orElse(null)))
                .toList();
        if (!lines.isEmpty()) {
            HeadlinePanel headline = new HeadlinePanel(theme.title(), selectionName, lines);
            headlines.add(headline);
            section.add(headline);
        }
        for (Metric m : metrics.stream().filter(m -> m.kind() == MetricKind.OPTION_SHARES).toList()) {
            FigureTablePanel panel = new FigureTablePanel(m, insight.table(s.query(m.code()), Breakdown.OPTION), exports,
                    null, java.util.Set.of(), null, weightedTable(insight, weightable, s.query(m.code()), Breakdown.OPTION));
            answerTables.add(panel);
            section.add(panel);
        }
        return section;
    }
}
