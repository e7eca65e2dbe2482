package uk.skillsplan.insight.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.Benchmark;
import uk.skillsplan.insight.Breakdown;
import uk.skillsplan.insight.Comparison;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.FigureTable;
import uk.skillsplan.insight.InsightFilter;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricKind;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.insight.catalogue.CatalogueEntry;
import uk.skillsplan.insight.catalogue.MetricCatalogue;
import uk.skillsplan.insight.disclosure.DisclosureControl;
import uk.skillsplan.insight.disclosure.RawCell;
import uk.skillsplan.security.SignedIn;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * The insight service: checks the caller and the query, has the database compute the cells
 * ({@link InsightQueries}), and passes every number through {@link DisclosureControl}. Figures are
 * computed at request time from sums the engine keeps until the next submission to the round ({@link SumsCache}),
 * so a submission shows at once; disclosure control runs on every request.
 */
@Service
@Transactional(readOnly = true)
public class SqlInsightService implements InsightService {

    private final MetricCatalogue catalogue;
    private final CellComputer cells;
    private final DisclosureControl disclosure;
    private final InsightAccess access;
    private final ReferenceLabels labels;
    private final SurveyRoundService rounds;
    private final InsightQueries queries;
    private final WeightedFigures weighted;

    SqlInsightService(MetricCatalogue catalogue, CellComputer cells, DisclosureControl disclosure, InsightAccess access,
                      ReferenceLabels labels, SurveyRoundService rounds, InsightQueries queries, WeightedFigures weighted) {
        this.catalogue = catalogue;
        this.cells = cells;
        this.disclosure = disclosure;
        this.access = access;
        this.labels = labels;
        this.rounds = rounds;
        this.queries = queries;
        this.weighted = weighted;
    }

    @Override
    @SignedIn
    public List<Metric> catalogue() {
        return catalogue.metrics();
    }

    @Override
    @SignedIn
    public Metric metric(String code) {
        return entry(code).metric();
    }

    @Override
    @SignedIn
    public List<AnalysableRound> rounds(String lsipCode) {
        requireArea(lsipCode);
        access.requireAnalyst(lsipCode);
        return queries.roundsWithSubmissions(lsipCode).stream().map(rounds::describe)
                .sorted(Comparator.comparing(SurveyRoundSummary::opensOn).reversed().thenComparing(SurveyRoundSummary::id,
                        Comparator.reverseOrder()))
                .map(r -> new AnalysableRound(r.id(), r.title(), r.lsipCode(),
                        r.audience().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), r.opensOn(),
                        r.closesOn()))
                .toList();
    }

    @Override
    @SignedIn
    public Figure figure(MetricQuery query) {
        return figures(List.of(query)).getFirst();
    }

    @Override
    @SignedIn
    public List<Figure> figures(List<MetricQuery> queryList) {
        return figures(queryList, null);
    }

    /** As {@link #figures(List)}; the weighted queries' designs go into {@code designs} (same index) when given. */
    List<Figure> figures(List<MetricQuery> queryList, WeightedCells.Weighted[] designs) {
        // Check each metric, and each distinct scope once (an overview asks many metrics of one scope).
        queryList.forEach(q -> entry(q.metric()));
        queryList.stream().map(q -> q.withMetric(queryList.getFirst().metric())).distinct().forEach(this::check);
        // Queries that differ only in their metric (and whose metrics ask the same kind of respondent) share one pass.
        Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < queryList.size(); i++) {
            MetricQuery q = queryList.get(i);
            groups.computeIfAbsent(List.of(q.rounds(), q.lsipCode(), q.filter(), entry(q.metric()).metric().audience()),
                    k -> new ArrayList<>()).add(i);
        }
        Figure[] result = new Figure[queryList.size()];
        groups.values().forEach(indexes -> {
            MetricQuery first = queryList.get(indexes.getFirst());
            List<CatalogueEntry> entries = indexes.stream().map(i -> entry(queryList.get(i).metric())).distinct().toList();
            Map<String, RawCell> computed = cells.totals(entries, scope(first, entries.getFirst()));
            Map<String, WeightedCells.Weighted> weights = weighted.cells(indexes.stream().map(queryList::get).toList(),
                    entries, scope(first, entries.getFirst()));
            for (int i : indexes) {
                MetricQuery q = queryList.get(i);
                RawCell cell = computed.get(q.metric());
                if (q.weighting() == Weighting.WEIGHTED) {
                    // Disclosure control decides on the unweighted contributions; only the value and interval are weighted.
                    cell = weights.get(q.metric()).over(cell);
                    if (designs != null) {
                        designs[i] = weights.get(q.metric());
                    }
                }
                result[i] = disclosure.figure(q, entry(q.metric()).metric(), cell);
            }
        });
        return List.of(result);
    }

    @Override
    @SignedIn
    public FigureTable table(MetricQuery query, Breakdown by) {
        check(query);
        CatalogueEntry entry = entry(query.metric());
        Scope scope = scope(query, entry);
        boolean occupations = false;
        CellComputer.Table table = switch (by) {
            case LOCAL_AUTHORITY -> cells.grouped(entry, scope, Grouping.LOCAL_AUTHORITY, labels.localAuthorities(query.lsipCode()));
            case SIC_SECTION -> cells.grouped(entry, scope, Grouping.SIC_SECTION, labels.sicSections());
            case SIZE_BAND -> cells.grouped(entry, scope, Grouping.SIZE_BAND, labels.sizeBands());
            case SOC_MAJOR -> cells.byOccupation(entry, scope, labels.socMajorGroups());
            case OPTION -> {
                if (entry.establishment().optionQuestion() == null) {
                    throw new NotFoundException("The metric " + entry.metric().name() + " has no answers to break down by.");
                }
                long version = rounds.describe(query.rounds().getFirst()).questionnaireVersionId();
                occupations = cells.occupationQuestion(entry, version);
                yield cells.byOption(entry, scope, version);
            }
        };
        if (query.weighting() == Weighting.WEIGHTED) {
            // The suppression pattern is the unweighted table's; only shown cells take weighted values.
            return weighted.table(query, entry, by, scope, table, occupations);
        }
        return disclosure.table(query, entry.metric(), by, table.rows(), table.total(), table.additive(), table.overlapping());
    }

    @Override
    @SignedIn
    public List<FigureTable> tables(List<MetricQuery> queryList, Breakdown by) {
        Grouping grouping = switch (by) {
            case LOCAL_AUTHORITY -> Grouping.LOCAL_AUTHORITY;
            case SIC_SECTION -> Grouping.SIC_SECTION;
            case SIZE_BAND -> Grouping.SIZE_BAND;
            case SOC_MAJOR, OPTION -> null;
        };
        if (grouping != null) {
            queryList.forEach(this::check);
            // One grouped pass per scope for all its metrics; each table below then reads its metric's sums from it.
            Map<Scope, List<CatalogueEntry>> byScope = new LinkedHashMap<>();
            queryList.forEach(q -> byScope.computeIfAbsent(scope(q, entry(q.metric())), k -> new ArrayList<>())
                    .add(entry(q.metric())));
            byScope.forEach((scope, entries) -> cells.prefetch(entries.stream().distinct().toList(), scope, grouping));
            Map<Scope, List<CatalogueEntry>> weightedByScope = new LinkedHashMap<>();
            queryList.stream().filter(q -> q.weighting() == Weighting.WEIGHTED).forEach(q -> weightedByScope
                    .computeIfAbsent(scope(q, entry(q.metric())), k -> new ArrayList<>()).add(entry(q.metric())));
            weightedByScope.forEach((scope, entries) -> weighted.prefetch(entries.stream().distinct().toList(), scope, grouping));
        }
        return queryList.stream().map(q -> table(q, by)).toList();
    }

    @Override
    @SignedIn
    public Optional<Benchmark> benchmark(String metricCode) {
        Metric metric = entry(metricCode).metric();
        return metric.benchmark() == null ? Optional.empty() : labels.benchmark(metricCode, metric.benchmark(), metric.percent());
    }

    @Override
    @SignedIn
    public List<Comparison> howYouCompare(long roundId) {
        Caller me = access.require();
        SurveyRoundSummary round = rounds.describe(roundId);
        if (me.organisationId() == null || !me.role().answersSurveys()) {
            throw new AccessDeniedException("How you compare is for organisations that answered the survey.");
        }
        String[] submitted = queries.submission(roundId, me.organisationId()).orElseThrow(() -> new AccessDeniedException(
                "You will see how you compare once you have submitted your answers to this round."));
        String kind = submitted[0];
        String sector = submitted[1];
        List<CatalogueEntry> entries = catalogue.codes().stream().map(this::entry)
                .filter(e -> e.metric().audience().equals(kind))
                .filter(e -> e.metric().kind() != MetricKind.OPTION_SHARES && e.metric().kind() != MetricKind.VOLUME)
                .toList();
        if (entries.isEmpty()) {
            return List.of();
        }
        Scope area = new Scope(List.of(roundId), round.lsipCode(), kind, InsightFilter.NONE, null);
        Map<String, RawCell> own = cells.totals(entries, new Scope(List.of(roundId), round.lsipCode(), kind,
                InsightFilter.NONE, me.organisationId()));
        Map<String, RawCell> inArea = cells.totals(entries, area);
        Map<String, RawCell> inSector = sector == null ? Map.of()
                : cells.totals(entries, area.withFilter(InsightFilter.NONE.withSicSection(sector)));
        List<Comparison> comparisons = new ArrayList<>();
        for (CatalogueEntry e : entries) {
            Metric m = e.metric();
            MetricQuery areaQuery = MetricQuery.of(m.code(), roundId, round.lsipCode());
            Figure sectorFigure = sector == null ? null : disclosure.figure(
                    areaQuery.withFilter(InsightFilter.NONE.withSicSection(sector)), m, inSector.get(m.code()));
            comparisons.add(new Comparison(m, own.get(m.code()).value(), sectorFigure,
                    disclosure.figure(areaQuery, m, inArea.get(m.code())), benchmark(m.code()).orElse(null)));
        }
        return comparisons;
    }

    private Scope scope(MetricQuery query, CatalogueEntry entry) {
        return new Scope(query.rounds(), query.lsipCode(), entry.metric().audience(), query.filter(), null);
    }

    /** Everything a query names must exist, be the caller's to see, and be computable. */
    private void check(MetricQuery query) {
        entry(query.metric());
        requireArea(query.lsipCode());
        access.requireAnalyst(query.lsipCode());
        for (long id : query.rounds()) {
            SurveyRoundSummary round = rounds.describe(id);
            if (!round.lsipCode().equals(query.lsipCode())) {
                throw new NotFoundException("Survey round " + id + " is not a round of area " + query.lsipCode() + ".");
            }
        }
        InsightFilter f = query.filter();
        if (f.ladCode() != null && !labels.localAuthorities(query.lsipCode()).containsKey(f.ladCode())) {
            throw new NotFoundException("There is no local authority " + f.ladCode() + " in area " + query.lsipCode() + ".");
        }
        if (f.sicSection() != null && !labels.sicSections().containsKey(f.sicSection())) {
            throw new NotFoundException("There is no SIC 2007 section " + f.sicSection() + ".");
        }
        if (f.sizeBand() != null && !labels.sizeBands().containsKey(f.sizeBand())) {
            throw new NotFoundException("There is no size band " + f.sizeBand() + ".");
        }
        if (f.exceptSizeBand() != null && !labels.sizeBands().containsKey(f.exceptSizeBand())) {
            throw new NotFoundException("There is no size band " + f.exceptSizeBand() + " to leave out.");
        }
        if (f.socMajor() != null && (f.socMajor() < 1 || f.socMajor() > 9)) {
            throw new NotFoundException("There is no SOC 2020 major group " + f.socMajor() + " (groups are 1 to 9).");
        }
        weighted.check(query, entry(query.metric()).metric());
    }

    private void requireArea(String lsipCode) {
        if (lsipCode == null || !labels.areaExists(lsipCode)) {
            throw new NotFoundException("There is no LSIP area " + lsipCode + ".");
        }
    }

    private CatalogueEntry entry(String code) {
        return catalogue.entry(code).orElseThrow(() -> new NotFoundException("There is no metric " + code + "."));
    }
}
