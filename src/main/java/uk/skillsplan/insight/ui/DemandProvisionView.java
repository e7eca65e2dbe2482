package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ui.BarChart;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.CrosswalkEntry;
import uk.skillsplan.insight.DemandMeasure;
import uk.skillsplan.insight.DemandProvisionGaps;
import uk.skillsplan.insight.DemandProvisionService;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.GapQuery;
import uk.skillsplan.insight.InsightExportService;
import uk.skillsplan.insight.ProvisionImportSummary;
import uk.skillsplan.insight.SubjectGap;
import uk.skillsplan.insight.export.DemandProvisionRows;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.Roles;
import uk.skillsplan.survey.SurveyRoundService;

/**
 * Demand against provision by sector subject area (issue 9, point 6): employers' demand mapped to
 * subject areas through the shipped crosswalk, beside providers' filled places and DfE's achievements,
 * with the gap index and each side's base. ERB leads, council officers and administrators see the area;
 * provider staff the same area with the subject areas they teach marked. Every figure has been through
 * disclosure control: a hidden side shows c with its reason, and then no gap index.
 */
@Route("insight/gaps")
@PageTitle("Demand and provision | SkillsPlan")
@Menu(title = "Demand and provision", order = 38, icon = "SCALE")
@RolesAllowed({Roles.PROVIDER, Roles.COUNCIL, Roles.ERB_LEAD, Roles.ADMIN})
public class DemandProvisionView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "insight/gaps";
    static final String MEASURE = "measure";
    static final String PROVIDERS = "providers";
    static final String IMPORT = "import";
    static final String LEVEL = "level";
    static final String YOURS = "you teach this";
    static final Map<String, String> LEVELS = levels();

    private final DemandProvisionService service;
    private final ReferenceDataService reference;
    private final SelectionReader reader;
    private final CallerScope callers;
    private final SurveyRoundService rounds;
    private final ResponseService responses;
    private final InsightExportService exports;

    FilterBar filters;
    final Select<DemandMeasure> measure = new Select<>();
    final Select<Long> providerRound = new Select<>();
    final Select<Long> provisionImport = new Select<>();
    final Select<String> level = new Select<>();
    Grid<SubjectGap> grid;
    BarChart chart;
    Div downloads;
    DemandProvisionGaps gaps;
    Set<String> yours = Set.of();

    DemandProvisionView(DemandProvisionService service, ReferenceDataService reference, SelectionReader reader,
                        CallerScope callers, SurveyRoundService rounds, ResponseService responses,
                        InsightExportService exports) {
        this.service = service;
        this.reference = reference;
        this.reader = reader;
        this.callers = callers;
        this.rounds = rounds;
        this.responses = responses;
        this.exports = exports;
        addClassName("sp-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Caller me = callers.require();
        QueryParameters parameters = event.getLocation().getQueryParameters();
        var selection = reader.read(parameters, me, AreaOverviewView.EMPLOYER);
        removeAll();
        gaps = null;
        String areaName = selection.map(s -> reader.areaName(s.area())).orElse(null);
        add(new H1(areaName == null ? "Demand and provision" : "Demand and provision in " + areaName));
        if (me.isAdmin()) {
            add(AreaOverviewView.areaChooser(reference, selection.map(Selection::area).orElse(null), ROUTE));
        }
        if (selection.isEmpty()) {
            add(new Paragraph("Choose an LSIP area to set its employers' demand against its provision."));
            return;
        }
        Selection s = selection.get();
        add(new Paragraph("What employers need, by the subject areas colleges and providers teach (sector subject "
                + "areas, tier 1), set against what providers said they fill and what DfE's statistics say learners "
                + "achieved. The gap index is a subject area's share of demand less its share of provision, in percentage "
                + "points: above zero, employers need more of it than is provided; below zero, less."));
        Paragraph approximation = new Paragraph(DemandProvisionGaps.APPROXIMATION + " The table of the crosswalk is at "
                + "the foot of the page.");
        approximation.addClassName("sp-approximation");
        add(approximation);
        ProviderAnswers ownAnswers = me.is(Role.PROVIDER) ? new ProviderAnswers(rounds, responses) : null;
        yours = ownAnswers == null ? Set.of() : ownAnswers.subjects;
        if (s.round() == null) {
            add(new Paragraph("No employer survey round in " + areaName + " has answers yet, so there is no demand to set "
                    + "against provision. When employers submit their answers, it appears here."));
            if (ownAnswers != null) {
                add(ownAnswers);
            }
            return;
        }
        GapQuery query = query(s, parameters);
        filters = new FilterBar(s, reader.rounds(s.area(), AreaOverviewView.EMPLOYER), reference,
                next -> go(next, query, me.isAdmin()));
        add(filters, choices(s, query, me.isAdmin()));
        gaps = service.gaps(query);
        add(bases(gaps, s, areaName));
        add(chartSection(gaps), tableSection(gaps, s));
        if (ownAnswers != null) {
            add(ownAnswers);
        }
        add(crosswalk());
        add(Freshness.of(gaps.demandTotal().computedAt()));
    }

    private GapQuery query(Selection s, QueryParameters parameters) {
        DemandMeasure chosen = DemandMeasure.SSV_BY_OCCUPATION;
        String asked = SelectionReader.one(parameters, MEASURE);
        if (asked != null) {
            try {
                chosen = DemandMeasure.valueOf(asked);
            } catch (IllegalArgumentException e) {
                throw new NotFoundException("There is no demand measure \"" + asked + "\". Choose one from the list on the page.");
            }
        }
        List<AnalysableRound> providerRounds = reader.rounds(s.area(), "PROVIDER");
        Long providers = providerRounds.isEmpty() ? null : providerRounds.getFirst().id();
        String askedProviders = SelectionReader.one(parameters, PROVIDERS);
        if (askedProviders != null) {
            providers = askedProviders.equals("none") ? null : number(askedProviders, "provider survey round");
        }
        List<ProvisionImportSummary> imports = service.provisionImports(s.area());
        Long imported = imports.isEmpty() ? null : imports.getFirst().id();
        String askedImport = SelectionReader.one(parameters, IMPORT);
        if (askedImport != null) {
            imported = askedImport.equals("none") ? null : number(askedImport, "provision import");
        }
        String askedLevel = SelectionReader.one(parameters, LEVEL);
        if (askedLevel != null && !LEVELS.containsKey(askedLevel)) {
            throw new NotFoundException("There is no level \"" + askedLevel + "\". Choose one from the list on the page.");
        }
        return new GapQuery(s.area(), s.round().id(), providers, imported, chosen, s.filter(), askedLevel);
    }

    private Div choices(Selection s, GapQuery query, boolean admin) {
        Div bar = new Div();
        bar.addClassName("sp-toolbar");
        measure.setLabel("Employers' demand");
        measure.setWidth("20rem");
        measure.setItems(DemandMeasure.values());
        measure.setItemLabelGenerator(DemandMeasure::label);
        measure.setValue(query.measure());
        measure.addValueChangeListener(e -> go(s, query.withMeasure(e.getValue()), admin));

        Map<Long, String> providerRounds = new LinkedHashMap<>();
        reader.rounds(s.area(), "PROVIDER").forEach(r -> providerRounds.put(r.id(), r.name()));
        providerRound.setLabel("Provider survey");
        providerRound.setWidth("18rem");
        providerRound.setItems(List.copyOf(providerRounds.keySet()));
        providerRound.setEmptySelectionAllowed(true);
        providerRound.setEmptySelectionCaption("No provider survey");
        providerRound.setItemLabelGenerator(id -> id == null ? "No provider survey" : providerRounds.get(id));
        providerRound.setValue(query.providerRound());
        providerRound.addValueChangeListener(e -> go(s, new GapQuery(query.lsipCode(), query.employerRound(), e.getValue(),
                query.provisionImport(), query.measure(), query.filter(), query.level()), admin));

        Map<Long, String> imports = new LinkedHashMap<>();
        service.provisionImports(s.area()).forEach(i -> imports.put(i.id(), "DfE " + i.academicYear() + " (" + i.fileName() + ")"));
        provisionImport.setLabel("DfE provision data");
        provisionImport.setWidth("20rem");
        provisionImport.setItems(List.copyOf(imports.keySet()));
        provisionImport.setEmptySelectionAllowed(true);
        provisionImport.setEmptySelectionCaption("No DfE data");
        provisionImport.setItemLabelGenerator(id -> id == null ? "No DfE data" : imports.get(id));
        provisionImport.setValue(query.provisionImport());
        provisionImport.addValueChangeListener(e -> go(s, new GapQuery(query.lsipCode(), query.employerRound(),
                query.providerRound(), e.getValue(), query.measure(), query.filter(), query.level()), admin));

        level.setLabel("Providers teaching at");
        level.setItems(List.copyOf(LEVELS.keySet()));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption("Any level");
        level.setItemLabelGenerator(code -> code == null ? "Any level" : LEVELS.get(code));
        level.setValue(query.level());
        level.addValueChangeListener(e -> go(s, query.withLevel(e.getValue()), admin));
        bar.add(measure, providerRound, provisionImport, level);
        return bar;
    }

    private Section bases(DemandProvisionGaps g, Selection s, String areaName) {
        Section section = new Section(new H2("What each side rests on"));
        String where = FilterBar.describe(s, areaName, reference);
        section.add(new Paragraph("Demand: " + g.query().measure().label().toLowerCase(Locale.UK) + " in " + where + ", "
                + g.query().measure().source() + ", from " + s.round().name() + ": " + side(g.demandTotal(), "employers")));
        section.add(new Paragraph(g.placesTotal() == null ? "Providers' places: no provider survey chosen."
                : "Providers' places: filled places this year, each provider's split equally over the subject areas it "
                + "teaches" + (g.query().level() == null ? "" : ", providers teaching at " + LEVELS.get(g.query().level()).toLowerCase(Locale.UK))
                + ": " + side(g.placesTotal(), "providers")));
        section.add(new Paragraph(g.achievementsTotal() == null ? "DfE achievements: no provision data with subject areas chosen "
                + "(the ERB lead imports it on the Provision data page)."
                : "DfE achievements: education and training aim achievements " + g.provisionYear() + ", the area's districts "
                + "summed: " + count(g.achievementsTotal().value()) + " in all (published statistics; a subject area "
                + "DfE shows as c, low or ~ is not counted)."));
        return section;
    }

    private static String side(Figure total, String who) {
        if (total.suppressed()) {
            return "the total is hidden (c). " + total.suppression().explanation();
        }
        return count(total.value()) + " in all, from " + Bases.of(total) + " " + who + " (rounded to the nearest 5)"
                + (total.caution() ? "; fewer than 30, treat with caution." : ".");
    }

    private Section chartSection(DemandProvisionGaps g) {
        Section section = new Section(new H2("Shares of demand and provision"));
        chart = new BarChart("Shares of demand and provision by subject area, chart");
        List<String> categories = g.rows().stream().map(r -> r.ssaName() + (highlighted(r) ? " (" + YOURS + ")" : "")).toList();
        List<BarChart.Series> series = new ArrayList<>();
        series.add(series("Demand", g.rows().stream().map(r -> new Shown(r.demandShare(), r.demand())).toList()));
        if (g.placesTotal() != null) {
            series.add(series("Filled places", g.rows().stream().map(r -> new Shown(r.placesShare(), r.places())).toList()));
        }
        if (g.achievementsTotal() != null) {
            series.add(series("DfE achievements", g.rows().stream().map(r -> new Shown(r.achievementsShare(), r.achievements())).toList()));
        }
        chart.show("Shares of demand and provision", "Each subject area's share of employers' demand and of provision, "
                + "in per cent; the same figures are in the table below.", categories, series, "% of each side's total");
        section.add(chart);
        return section;
    }

    private record Shown(Double share, Figure figure) {
    }

    private static BarChart.Series series(String name, List<Shown> points) {
        return new BarChart.Series(name, points.stream().map(p -> p.share() == null
                ? new BarChart.Point(null, p.figure() == null ? "" : Figure.SUPPRESSED_MARK)
                : new BarChart.Point(p.share() * 100, percent(p.share()))).toList());
    }

    private Section tableSection(DemandProvisionGaps g, Selection s) {
        Section section = new Section(new H2("Gap index by subject area"));
        grid = new Grid<>();
        grid.addColumn(r -> r.ssaName() + (highlighted(r) ? " (" + YOURS + ")" : "")).setHeader("Subject area").setFlexGrow(3);
        grid.setPartNameGenerator(r -> highlighted(r) ? "sp-yours" : null);
        grid.addColumn(r -> value(r.demand())).setHeader("Demand").setAutoWidth(true);
        grid.addColumn(r -> share(r.demandShare(), r.demand())).setHeader("Share of demand").setAutoWidth(true);
        if (g.placesTotal() != null) {
            grid.addColumn(r -> value(r.places())).setHeader("Filled places").setAutoWidth(true);
            grid.addColumn(r -> share(r.placesShare(), r.places())).setHeader("Share of places").setAutoWidth(true);
            grid.addColumn(r -> gap(r.gapPlaces())).setHeader("Gap index (places)").setAutoWidth(true);
        }
        if (g.achievementsTotal() != null) {
            grid.addColumn(r -> value(r.achievements()) + (r.achievementsIncomplete() ? " +" : ""))
                    .setHeader("DfE achievements").setAutoWidth(true);
            grid.addColumn(r -> share(r.achievementsShare(), r.achievements())).setHeader("Share of achievements").setAutoWidth(true);
            grid.addColumn(r -> gap(r.gapAchievements())).setHeader("Gap index (DfE)").setAutoWidth(true);
        }
        grid.addColumn(DemandProvisionView::note).setHeader("Note").setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Demand and provision by subject area, table");
        grid.setItems(g.rows());
        grid.setAllRowsVisible(true);
        long hidden = g.rows().stream().filter(r -> r.demand().suppressed()).count();
        if (hidden * 2 > g.rows().size()) {
            Paragraph hint = new Paragraph("Most subject areas' demand is hidden for this measure, because few employers' "
                    + "answers reach them. Another measure (future needs are named by most employers) or fewer filters "
                    + "may show more.");
            hint.addClassName("sp-help");
            section.add(hint);
        }
        section.add(new Paragraph("c: hidden by disclosure control (the note says why); no gap index is shown where a "
                + "side is hidden. + after a DfE figure: some of the area's districts were below 5 or suppressed, so it "
                + "is at least this."), grid);
        GapQuery shownQuery = g.query();
        downloads = Downloads.links("demand and provision by subject area", "demand-and-provision-" + s.area() + "-round-"
                + s.round().id(), (format, out) -> exports.exportGaps(shownQuery, format, out));
        section.add(downloads);
        return section;
    }

    private boolean highlighted(SubjectGap r) {
        return r.yourOffer() || yours.contains(r.ssaCode());
    }

    static String note(SubjectGap r) {
        return DemandProvisionRows.note(r);
    }

    private static String value(Figure f) {
        if (f == null) {
            return "";
        }
        if (f.suppressed() || f.value() == null) {
            return Figure.SUPPRESSED_MARK;
        }
        return count(f.value());
    }

    private static String share(Double share, Figure f) {
        if (f == null) {
            return "";
        }
        return share == null ? Figure.SUPPRESSED_MARK : percent(share);
    }

    private static String gap(Double gap) {
        if (gap == null) {
            return "";
        }
        return (gap > 0 ? "+" : "") + new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.UK)).format(gap * 100);
    }

    private static String percent(double share) {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.UK)).format(share * 100) + "%";
    }

    private static String count(double value) {
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    private Details crosswalk() {
        Grid<CrosswalkEntry> entries = new Grid<>();
        entries.addColumn(e -> e.scheme().startsWith("SOC") ? "Occupation (SOC 2020)" : "Sector (SIC 2007)").setHeader("Demand by")
                .setAutoWidth(true);
        entries.addColumn(e -> e.code() + " " + e.name()).setHeader("Group").setFlexGrow(3);
        entries.addColumn(CrosswalkEntry::ssaName).setHeader("Subject area").setFlexGrow(2);
        entries.addColumn(e -> percent(e.share())).setHeader("Share").setAutoWidth(true);
        entries.addColumn(CrosswalkEntry::reason).setHeader("Why").setFlexGrow(3);
        entries.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.setAriaLabel("Crosswalk from occupations and sectors to subject areas, table");
        entries.setItems(service.crosswalk());
        Details details = new Details("The crosswalk used (an approximation)", new Paragraph("Each occupation group's or "
                + "sector's demand is shared among subject areas as below. The workforce grid asks by SOC 2020 major group: "
                + "a major group's share is the mean of its sub-major groups' shares. Preparation for Life and Work is left "
                + "out of both sides: it prepares people for work in general. Our own mapping, from the SSA tier 2 "
                + "titles and the SOC 2020 and SIC 2007 group descriptions (ONS, Ofqual; Open Government Licence v3.0)."),
                entries);
        details.addClassName("sp-crosswalk");
        return details;
    }

    private void go(Selection next, GapQuery query, boolean admin) {
        UI.getCurrent().navigate(ROUTE, parameters(next, query, admin));
    }

    /** The address of a selection and the page's own choices. */
    static QueryParameters parameters(Selection s, GapQuery query, boolean admin) {
        Map<String, List<String>> values = new LinkedHashMap<>(s.parameters(admin).getParameters());
        values.put(MEASURE, List.of(query.measure().name()));
        values.put(PROVIDERS, List.of(query.providerRound() == null ? "none" : String.valueOf(query.providerRound())));
        values.put(IMPORT, List.of(query.provisionImport() == null ? "none" : String.valueOf(query.provisionImport())));
        if (query.level() != null) {
            values.put(LEVEL, List.of(query.level()));
        }
        return new QueryParameters(values);
    }

    private static Long number(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no " + what + " \"" + text + "\". Choose one from the list on the page.");
        }
    }

    private static Map<String, String> levels() {
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("ENTRY", "Entry level");
        levels.put("LEVEL_1", "Level 1");
        levels.put("LEVEL_2", "Level 2");
        levels.put("LEVEL_3", "Level 3");
        levels.put("LEVEL_4_PLUS", "Level 4 and above");
        return levels;
    }
}
