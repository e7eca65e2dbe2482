package uk.skillsplan.insight.demand;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.BaseUnit;
import uk.skillsplan.insight.Breakdown;
import uk.skillsplan.insight.CrosswalkEntry;
import uk.skillsplan.insight.DemandMeasure;
import uk.skillsplan.insight.DemandProvisionGaps;
import uk.skillsplan.insight.DemandProvisionService;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.FigureTable;
import uk.skillsplan.insight.GapQuery;
import uk.skillsplan.insight.InsightFilter;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricKind;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.ProvisionImportSummary;
import uk.skillsplan.insight.SubjectGap;
import uk.skillsplan.insight.disclosure.DisclosureControl;
import uk.skillsplan.insight.disclosure.Magnitude;
import uk.skillsplan.insight.disclosure.RawCell;
import uk.skillsplan.insight.provision.ProvisionStore;
import uk.skillsplan.insight.provision.SectorSubjectAreas;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.SignedIn;

/**
 * Demand against provision by sector subject area (docs/population-and-provision.md). Both survey
 * sides are tables through {@link DisclosureControl} (primary rules, protection against differencing
 * with a filter condition taken away, secondary suppression with rows that overlap, since one
 * organisation feeds several subject areas); DfE's figures are published ones, shown as DfE gives them.
 * The gap index of a subject area is its demand share less its provision share, only where both
 * figures and both totals are shown.
 */
@Service
@Transactional(readOnly = true)
class SqlDemandProvisionService implements DemandProvisionService {

    /** The DfE measures read, in order of preference. */
    static final List<String> DFE_MEASURES = List.of("achievements", "learner_achievements", "participation", "starts");
    /** A sector "serves" a subject area when at least this share of its demand goes there. */
    static final double MAIN_SHARE = 0.25;
    static final String PLACES = "PROVISION_PLACES_BY_SSA";
    static final String ACHIEVEMENTS = "PROVISION_DFE_BY_SSA";

    /** The subject areas set against each other: all of tier 1 but Preparation for Life and Work. */
    static final List<String> SUBJECTS = IntStream.rangeClosed(1, 15).mapToObj(i -> String.format("SSA_%02d", i))
            .filter(code -> !code.equals(DemandQueries.LIFE_AND_WORK)).toList();

    private static final Metric PLACES_METRIC = new Metric(PLACES, "Filled places by subject area",
            "Providers' filled places this year, each provider's split equally over the subject areas it teaches.",
            "filled learner places", "", BaseUnit.PROVIDERS, MetricKind.VOLUME, false, List.of("PLACES_FILLED", "SSA_OFFERED"),
            "PROVIDER", null, "Places are split equally over the subject areas a provider teaches.");

    private final DemandQueries queries;
    private final DisclosureControl disclosure;
    private final InsightService insight;
    private final ProvisionStore provision;
    private final CallerScope callers;

    SqlDemandProvisionService(DemandQueries queries, DisclosureControl disclosure, InsightService insight,
                              ProvisionStore provision, CallerScope callers) {
        this.queries = queries;
        this.disclosure = disclosure;
        this.insight = insight;
        this.provision = provision;
        this.callers = callers;
    }

    @Override
    @SignedIn
    public DemandProvisionGaps gaps(GapQuery q) {
        Caller me = requireAnalyst(q.lsipCode());
        requireRound(q.lsipCode(), q.employerRound(), "EMPLOYER");
        InsightFilter filter = q.filter();

        MetricQuery demandQuery = new MetricQuery("DEMAND_" + q.measure().name(), List.of(q.employerRound()), q.lsipCode(),
                filter, null);
        Metric demandMetric = demandMetric(q.measure());
        FigureTable demandTable = new Controlled<InsightFilter>(demandMetric, SqlDemandProvisionService::widerFilters,
                f -> new Raw(queries.demand(q.measure(), q.employerRound(), q.lsipCode(), f),
                        queries.demandTotal(q.measure(), q.employerRound(), q.lsipCode(), f)),
                demandQuery::withFilter).table(filter);

        FigureTable placesTable = null;
        Set<String> own = Set.of();
        if (q.providerRound() != null) {
            requireRound(q.lsipCode(), q.providerRound(), "PROVIDER");
            MetricQuery placesQuery = new MetricQuery(PLACES, List.of(q.providerRound()), q.lsipCode(), null, null);
            placesTable = new Controlled<Optional<String>>(PLACES_METRIC,
                    level -> level.isEmpty() ? List.of() : List.of(Optional.<String>empty()),
                    level -> new Raw(queries.places(q.providerRound(), q.lsipCode(), level.orElse(null)),
                            queries.placesTotal(q.providerRound(), q.lsipCode(), level.orElse(null))),
                    level -> placesQuery).table(Optional.ofNullable(q.level()));
            if (me.is(Role.PROVIDER) && me.organisationId() != null) {
                own = new HashSet<>(queries.offer(q.providerRound(), me.organisationId()));
            }
        }

        Map<String, DemandQueries.Published> published = new java.util.HashMap<>();
        String year = null;
        if (q.provisionImport() != null) {
            ProvisionImportSummary imported = provision.find(q.provisionImport())
                    .filter(i -> i.lsipCode().equals(q.lsipCode()))
                    .orElseThrow(() -> new NotFoundException("There is no provision import " + q.provisionImport()
                            + " for this area. Choose one from the list on the page."));
            year = imported.academicYear();
            for (DemandQueries.Published p : queries.published(imported.id(), DFE_MEASURES)) {
                SectorSubjectAreas.code(p.subject()).ifPresent(code -> published.put(code, p));
            }
        }
        MetricQuery dfeQuery = new MetricQuery(ACHIEVEMENTS + (q.provisionImport() == null ? "" : ":" + q.provisionImport()),
                List.of(q.employerRound()), q.lsipCode(), null, null);
        Long dfeSum = q.provisionImport() == null ? null : SUBJECTS.stream().map(published::get)
                .filter(p -> p != null && p.amount() != null).mapToLong(DemandQueries.Published::amount).sum();
        Figure dfeTotal = q.provisionImport() == null || published.isEmpty() ? null : disclosure.published(dfeQuery, dfeSum);

        List<SubjectGap> rows = new ArrayList<>();
        for (int i = 0; i < SUBJECTS.size(); i++) {
            String code = SUBJECTS.get(i);
            Figure d = demandTable.rows().get(i).figure();
            Double dShare = share(d, demandTable.total());
            Figure p = placesTable == null ? null : placesTable.rows().get(i).figure();
            Double pShare = placesTable == null ? null : share(p, placesTable.total());
            DemandQueries.Published dfe = published.get(code);
            Figure a = dfeTotal == null ? null : disclosure.published(dfeQuery, dfe == null ? null : dfe.amount());
            Double aShare = a == null ? null : share(a, dfeTotal);
            rows.add(new SubjectGap(code, SectorSubjectAreas.name(code), d, dShare, p, pShare, a, aShare,
                    gap(dShare, pShare), gap(dShare, aShare), dfe != null && dfe.incomplete(), own.contains(code)));
        }
        return new DemandProvisionGaps(q, rows, demandTable.total(), placesTable == null ? null : placesTable.total(),
                dfeTotal, year);
    }

    @Override
    @SignedIn
    public List<CrosswalkEntry> crosswalk() {
        return Crosswalk.entries();
    }

    @Override
    @SignedIn
    public Set<String> sectorsServedBy(Collection<String> subjectAreas) {
        Set<String> sections = new LinkedHashSet<>();
        Crosswalk.entries().stream()
                .filter(e -> e.scheme().equals(Crosswalk.SIC_SECTION) && e.share() >= MAIN_SHARE
                        && subjectAreas.contains(e.ssaCode()))
                .forEach(e -> sections.add(e.code()));
        return sections;
    }

    @Override
    @SignedIn
    public List<ProvisionImportSummary> provisionImports(String lsipCode) {
        requireAnalyst(lsipCode);
        return provision.imports(lsipCode);
    }

    /** Demand share less provision share, where both are known. */
    static Double gap(Double demandShare, Double provisionShare) {
        return demandShare == null || provisionShare == null ? null : demandShare - provisionShare;
    }

    /** A shown figure's share of a shown, positive total; otherwise none. */
    static Double share(Figure figure, Figure total) {
        if (figure == null || total == null || figure.suppressed() || total.suppressed() || figure.value() == null
                || total.value() == null || total.value() <= 0) {
            return null;
        }
        return figure.value() / total.value();
    }

    static Metric demandMetric(DemandMeasure measure) {
        return new Metric("DEMAND_" + measure.name(), measure.label(), "Employers' " + measure.unit()
                + " mapped to sector subject areas through the demand crosswalk, from " + measure.source() + ".",
                measure.unit(), "", BaseUnit.ESTABLISHMENTS, MetricKind.VOLUME, false,
                measure == DemandMeasure.SSV_BY_SECTOR ? List.of("VAC_SSV") : measure == DemandMeasure.FUTURE_NEEDS
                        ? List.of("FUTURE_OCCUPATIONS") : List.of("WORKFORCE"), "EMPLOYER", null,
                DemandProvisionGaps.APPROXIMATION);
    }

    /** What the database gives for one side under one filter: per subject area, and the total. */
    record Raw(Map<String, DemandQueries.Sums> rows, DemandQueries.Sums total) {
    }

    /**
     * One side's table through disclosure control under a filter, protected against differencing with every
     * wider filter (each non-empty set of its conditions taken away): a cell a handful of organisations
     * short of the same cell under a wider filter is hidden (DisclosureControl's rule), and so is a cell
     * with exactly the organisations of a wider cell that is hidden, because it would show that cell's
     * value. Wider tables are worked out first, each once.
     */
    private final class Controlled<F> {

        private final Metric metric;
        private final Function<F, List<F>> wider;
        private final Function<F, Raw> raw;
        private final Function<F, MetricQuery> query;
        private final Map<F, Raw> raws = new java.util.HashMap<>();
        private final Map<F, FigureTable> tables = new java.util.HashMap<>();

        Controlled(Metric metric, Function<F, List<F>> wider, Function<F, Raw> raw, Function<F, MetricQuery> query) {
            this.metric = metric;
            this.wider = wider;
            this.raw = raw;
            this.query = query;
        }

        FigureTable table(F filter) {
            FigureTable known = tables.get(filter);
            if (known != null) {
                return known;
            }
            Raw mine = raws.computeIfAbsent(filter, raw);
            List<F> widerFilters = wider.apply(filter);
            List<RawCell> rows = new ArrayList<>();
            for (int i = 0; i < SUBJECTS.size(); i++) {
                String code = SUBJECTS.get(i);
                int row = i;
                rows.add(cell(code, SectorSubjectAreas.name(code), mine.rows().getOrDefault(code, DemandQueries.Sums.NONE),
                        widerFilters, w -> raws.computeIfAbsent(w, raw).rows().getOrDefault(code, DemandQueries.Sums.NONE),
                        w -> table(w).rows().get(row).figure()));
            }
            RawCell total = cell(null, "All subject areas", mine.total(), widerFilters,
                    w -> raws.computeIfAbsent(w, raw).total(), w -> table(w).total());
            FigureTable table = disclosure.table(query.apply(filter), metric, Breakdown.OPTION, rows, total, true, true);
            tables.put(filter, table);
            return table;
        }

        private RawCell cell(String key, String label, DemandQueries.Sums s, List<F> widerFilters,
                             Function<F, DemandQueries.Sums> widerSums, Function<F, Figure> widerFigure) {
            List<Integer> widerCounts = new ArrayList<>();
            for (F w : widerFilters) {
                int count = widerSums.apply(w).organisations();
                widerCounts.add(count);
                if (count == s.organisations() && s.organisations() > 0 && widerFigure.apply(w).suppressed()) {
                    // The same organisations as a hidden wider cell: to disclosure control, a wider cell one
                    // organisation apart, which hides it as secondary.
                    widerCounts.add(count + 1);
                }
            }
            return new RawCell(key, label, s.organisations(), s.organisations(),
                    List.of(new Magnitude(s.total(), s.largest(), s.second())), widerCounts,
                    s.organisations() == 0 ? null : s.total(), null);
        }
    }

    /** The filter with every non-empty set of its conditions taken away: what a differencing attack would compare with. */
    static List<InsightFilter> widerFilters(InsightFilter f) {
        List<java.util.function.UnaryOperator<InsightFilter>> removals = new ArrayList<>();
        if (f.ladCode() != null) {
            removals.add(x -> x.withLocalAuthority(null));
        }
        if (f.sicSection() != null) {
            removals.add(x -> x.withSicSection(null));
        }
        if (f.sizeBand() != null) {
            removals.add(x -> x.withSizeBand(null));
        }
        List<InsightFilter> wider = new ArrayList<>();
        for (int mask = 1; mask < 1 << removals.size(); mask++) {
            InsightFilter w = f;
            for (int i = 0; i < removals.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    w = removals.get(i).apply(w);
                }
            }
            wider.add(w);
        }
        return wider;
    }

    private Caller requireAnalyst(String lsipCode) {
        Caller me = callers.require();
        if (me.isAdmin()) {
            return me;
        }
        if (me.is(Role.EMPLOYER)) {
            throw new AccessDeniedException("Employers see how they compare with their sector and area, not the area's "
                    + "demand against provision.");
        }
        if (me.lsipCode() == null || !me.lsipCode().equals(lsipCode)) {
            throw new AccessDeniedException("You can see the evidence of your own organisation's area only.");
        }
        return me;
    }

    private void requireRound(String lsipCode, long round, String audience) {
        Function<AnalysableRound, Boolean> asks = r -> List.of(r.audience().toUpperCase(java.util.Locale.ROOT)
                .split("\\s*,\\s*")).contains(audience);
        if (insight.rounds(lsipCode).stream().noneMatch(r -> r.id() == round && asks.apply(r))) {
            throw new NotFoundException("There is no " + audience.toLowerCase(java.util.Locale.ROOT) + " survey round "
                    + round + " in this area. Choose a round from the list on the page.");
        }
    }
}
