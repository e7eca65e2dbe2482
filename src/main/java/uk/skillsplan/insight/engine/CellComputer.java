package uk.skillsplan.insight.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.skillsplan.insight.Interval;
import uk.skillsplan.insight.catalogue.CatalogueEntry;
import uk.skillsplan.insight.catalogue.Recipe;
import uk.skillsplan.insight.disclosure.RawCell;
import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.QuestionnaireService;

/**
 * Turns the database's sums into raw cells for disclosure control: totals, tables by a column of
 * the response, by occupation and by option, each cell with the organisation counts of the same cell
 * with any set of its filter conditions taken away (so that disclosure control can refuse a cell a subtraction would reveal).
 */
@Component
class CellComputer {

    private final InsightQueries queries;
    private final QuestionnaireService questionnaires;
    private final ReferenceLabels labels;

    CellComputer(InsightQueries queries, QuestionnaireService questionnaires, ReferenceLabels labels) {
        this.queries = queries;
        this.questionnaires = questionnaires;
        this.labels = labels;
    }

    record Table(List<RawCell> rows, RawCell total, boolean additive, boolean overlapping) {
    }

    /** One cell per metric for the whole scope, in one pass (plus one per filter condition, for the wider counts). */
    Map<String, RawCell> totals(List<CatalogueEntry> entries, Scope scope) {
        Map<String, RawCell> cells = single(entries, scope);
        if (scope.organisation() != null) {
            return cells;
        }
        List<Map<String, RawCell>> wider = scope.wider().stream().map(w -> single(entries, w)).toList();
        Map<String, RawCell> result = new LinkedHashMap<>();
        cells.forEach((code, cell) -> result.put(code,
                cell.withWider(wider.stream().map(w -> w.get(code).organisations()).toList())));
        return result;
    }

    private Map<String, RawCell> single(List<CatalogueEntry> entries, Scope scope) {
        Map<String, List<Sums>> sums = queries.sums(entries, scope, Grouping.NONE).getOrDefault("ALL", Map.of());
        Map<String, RawCell> cells = new LinkedHashMap<>();
        for (CatalogueEntry e : entries) {
            cells.put(e.metric().code(), cell(e, scope, null, null, sums.get(e.metric().code())));
        }
        return cells;
    }

    /** Computes the sums of these metrics by a grouping (and of the wider scopes) in one pass each, for later tables. */
    void prefetch(List<CatalogueEntry> entries, Scope scope, Grouping grouping) {
        queries.sums(entries, scope, grouping);
        scope.wider().forEach(w -> queries.sums(entries, w, grouping));
        totals(entries, scope);
    }

    Table grouped(CatalogueEntry entry, Scope scope, Grouping grouping, Map<String, String> keys) {
        List<CatalogueEntry> one = List.of(entry);
        String code = entry.metric().code();
        Map<String, Map<String, List<Sums>>> found = queries.sums(one, scope, grouping);
        List<Map<String, Map<String, List<Sums>>>> wider = scope.wider().stream()
                .map(w -> queries.sums(one, w, grouping)).toList();
        Map<String, String> rowKeys = new LinkedHashMap<>(keys);
        if (found.containsKey(Grouping.NOT_RECORDED)) {
            rowKeys.put(Grouping.NOT_RECORDED, "Not recorded");
        }
        List<RawCell> rows = new ArrayList<>();
        rowKeys.forEach((key, label) -> {
            RawCell cell = cell(entry, scope, key, label, found.getOrDefault(key, Map.of()).get(code));
            rows.add(cell.withWider(wider.stream().map(w -> organisations(entry, w.getOrDefault(key, Map.of()).get(code)))
                    .toList()));
        });
        return new Table(rows, totals(one, scope).get(code), true, false);
    }

    Table byOccupation(CatalogueEntry entry, Scope scope, Map<String, String> groups) {
        List<RawCell> rows = new ArrayList<>();
        groups.forEach((key, label) -> {
            RawCell cell = totals(List.of(entry), scope.withFilter(scope.filter().withSocMajor(Integer.valueOf(key))))
                    .get(entry.metric().code());
            rows.add(new RawCell(key, label, cell.organisations(), cell.smallestPart(), cell.magnitudes(),
                    // The total without the SOC condition is the table's own total: secondary suppression covers it.
                    cell.widerOrganisations().subList(0, cell.widerOrganisations().size() - 1), cell.value(), cell.interval()));
        });
        // Occupation rows split the grid's totals (when the metric reads the grid) but share organisations.
        return new Table(rows, totals(List.of(entry), scope).get(entry.metric().code()), true, true);
    }

    Table byOption(CatalogueEntry entry, Scope scope, long questionnaireVersion) {
        Recipe recipe = entry.establishment();
        String question = recipe.optionQuestion();
        QuestionDefinition definition = questionnaires.definition(questionnaireVersion).question(question).orElse(null);
        boolean occupations = occupationQuestion(entry, questionnaireVersion);
        Map<String, String> options = new LinkedHashMap<>();
        if (occupations) {
            options.putAll(labels.socSubmajorGroups());
        } else if (definition != null) {
            definition.options().forEach(o -> options.put(o.code(), o.label()));
            if (definition.allowOther()) {
                options.put(QuestionDefinition.OTHER, "Other");
            }
        }
        RawCell total = totals(List.of(entry), scope).get(entry.metric().code());
        // The base of every row is the organisations that answered the question: the total's.
        double responses = total.organisations() == 0 ? 0 : answered(entry, scope);
        Map<String, Long> chosen = queries.optionCounts(question, occupations, scope);
        List<RawCell> rows = new ArrayList<>();
        options.forEach((key, label) -> {
            long count = chosen.getOrDefault(key, 0L);
            Double value = responses > 0 ? count / responses : null;
            Interval interval = value == null ? null : Estimates.wilson(value, responses);
            rows.add(new RawCell(key, label, total.organisations(), total.smallestPart(), List.of(),
                    total.widerOrganisations(), value, interval));
        });
        return new Table(rows, total, false, false);
    }

    /** Whether the metric's option question asks for occupations (its table's rows are SOC sub-major groups). */
    boolean occupationQuestion(CatalogueEntry entry, long questionnaireVersion) {
        return questionnaires.definition(questionnaireVersion).question(entry.establishment().optionQuestion())
                .map(d -> d.type() == uk.skillsplan.survey.QuestionType.OCCUPATION).orElse(false);
    }

    /** Responses that answered the option question (over several rounds an organisation answers more than once). */
    private double answered(CatalogueEntry entry, Scope scope) {
        Map<String, List<Sums>> sums = queries.sums(List.of(entry), scope, Grouping.NONE).getOrDefault("ALL", Map.of());
        List<Sums> mine = sums.get(entry.metric().code());
        return mine == null ? 0 : mine.get(1).sum();
    }

    private RawCell cell(CatalogueEntry entry, Scope scope, String key, String label, List<Sums> sums) {
        Recipe recipe = entry.recipe(scope.filter().socMajor() != null);
        if (sums == null) {
            return RawCell.empty(key, label, recipe.magnitudes().size());
        }
        return Estimates.cell(key, label, recipe, entry.metric().percent(), sums);
    }

    private static int organisations(CatalogueEntry entry, List<Sums> sums) {
        return sums == null ? 0 : (int) sums.get(entry.establishment().presence()).count();
    }

}
