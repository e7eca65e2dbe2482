package uk.skillsplan.insight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.skillsplan.demo.SyntheticResponses;
import uk.skillsplan.directory.OrganisationsMerged;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.insight.InsightFilter;
import uk.skillsplan.insight.catalogue.CatalogueEntry;
import uk.skillsplan.insight.catalogue.MetricCatalogue;
import uk.skillsplan.response.Answers;
import uk.skillsplan.response.BulkSubmissions;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.CollectionMode;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * The kept cell sums give the same sums as the per-response facts and as the answers themselves, for every metric
 * of the catalogue, without a filter, with each kind of filter and with several together, and by each grouping;
 * on rounds with ties at the top, organisations alone in their cell, cells and filters without responses,
 * amendments that move a response to another cell, and a merge of two organisations. And what the submissions
 * left is what a rewrite of the whole round gives.
 */
class CellSummaryTest extends ServiceTest {

    @Autowired
    InsightQueries queries;
    @Autowired
    CellSummaryStore store;
    @Autowired
    MetricCatalogue catalogue;
    @Autowired
    SyntheticResponses synthetic;
    @Autowired
    BulkSubmissions bulk;
    @Autowired
    ResponseService responses;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationContext context;

    @Test
    void the_kept_cell_sums_give_the_sums_of_the_facts_and_of_the_answers_for_every_metric_scope_and_grouping() {
        for (long seed : new long[] {3, 17}) {
            SurveyTestData data = new SurveyTestData(context);
            SurveyRoundSummary round = data.openEmployerRound("Cell sums " + seed);
            signInAs("admin");
            synthetic.generate(round.id(), 40, seed); // one bulk: the whole round written at once
            // Three employers with the same answers, alone in their cell: a tie at the top of every magnitude.
            List<Long> twins = submit(data, round, 3, SurveyTestData.BRADFORD, "F", SizeBand.LARGE, 900);
            // One employer alone in its cell, larger than everyone else.
            submit(data, round, 1, SurveyTestData.BRADFORD, "Q", SizeBand.MEDIUM, 5000);
            // One by one, as respondents do (one cell at a time), then an amendment into another sector and size band.
            String moving = respondent(data, round, SurveyTestData.LEEDS, "C", SizeBand.SMALL, 30);
            respondent(data, round, SurveyTestData.LEEDS, "C", SizeBand.SMALL, 30);
            data.as(moving, () -> {
                long id = responses.startOrResume(round.id()).id();
                responses.save(id, Map.of(EmployerQuestions.SIC_SECTION, List.of(Cell.option("F")),
                        EmployerQuestions.SIZE_BAND, List.of(Cell.option(SizeBand.LARGE.code())),
                        EmployerQuestions.EMP_TOTAL, List.of(Cell.number(900))));
                return responses.submit(id);
            });
            // One of the twins merged into an organisation without a response: its response and facts move to it.
            long keptId = data.newEmployer("Cell sums merged into", SurveyTestData.BRADFORD, "F", SizeBand.LARGE).id();
            transactions.executeWithoutResult(s -> events.publishEvent(new OrganisationsMerged(keptId, twins.get(0), Map.of())));

            compareEverySource(round);
            List<String> kept = rows(jdbc, round.id());
            transactions.executeWithoutResult(s -> store.rebuild(round.id()));
            assertThat(rows(jdbc, round.id())).as("the submissions left what a rewrite of the round gives").isEqualTo(kept);
        }
    }

    private void compareEverySource(SurveyRoundSummary round) {
        List<CatalogueEntry> employer = catalogue.codes().stream().map(c -> catalogue.entry(c).orElseThrow())
                .filter(e -> e.metric().audience().equals("EMPLOYER")).toList();
        List<CatalogueEntry> providers = catalogue.codes().stream().map(c -> catalogue.entry(c).orElseThrow())
                .filter(e -> e.metric().audience().equals("PROVIDER")).toList();
        InsightFilter none = InsightFilter.NONE;
        List<InsightFilter> filters = List.of(none, none.withLocalAuthority(SurveyTestData.LEEDS),
                none.withLocalAuthority(SurveyTestData.MANCHESTER), none.withSicSection("F"), none.withSicSection("Q"),
                none.withSizeBand("small"), none.withoutSizeBand("small"), none.withoutSizeBand("large"),
                none.withLocalAuthority(SurveyTestData.BRADFORD).withSicSection("F"),
                none.withLocalAuthority(SurveyTestData.LEEDS).withSicSection("C").withSizeBand("small"),
                none.withSicSection("F").withoutSizeBand("small"));
        for (InsightFilter filter : filters) {
            for (Grouping grouping : Grouping.values()) {
                compare(employer, new Scope(List.of(round.id()), SurveyTestData.WEST_YORKSHIRE, "EMPLOYER", filter, null),
                        grouping);
            }
        }
        compare(providers, new Scope(List.of(round.id()), SurveyTestData.WEST_YORKSHIRE, "PROVIDER", none, null),
                Grouping.NONE);
    }

    private void compare(List<CatalogueEntry> entries, Scope scope, Grouping grouping) {
        var summary = sorted(queries.sums(entries, scope, grouping, InsightQueries.Source.SUMMARY));
        var facts = sorted(queries.sums(entries, scope, grouping, InsightQueries.Source.FACTS));
        var answers = sorted(queries.sums(entries, scope, grouping, InsightQueries.Source.ANSWERS));
        assertThat(summary).as("summary and facts, %s by %s", scope.filter(), grouping).usingRecursiveComparison()
                .withComparatorForType(CellSummaryTest::sameDouble, Double.class).isEqualTo(facts);
        assertThat(summary).as("summary and answers, %s by %s", scope.filter(), grouping).usingRecursiveComparison()
                .withComparatorForType(CellSummaryTest::sameDouble, Double.class).isEqualTo(answers);
        // and through the engine's own entry point, which chooses the summary for such a scope
        assertThat(sorted(queries.sums(entries, scope, grouping, true))).usingRecursiveComparison()
                .withComparatorForType(CellSummaryTest::sameDouble, Double.class).isEqualTo(facts);
    }

    private static <V> Map<String, Map<String, V>> sorted(Map<String, Map<String, V>> sums) {
        Map<String, Map<String, V>> sorted = new TreeMap<>();
        sums.forEach((cell, byMetric) -> sorted.put(cell, new TreeMap<>(byMetric)));
        return sorted;
    }

    /** Employers created in a cell with the same answers, submitted in one bulk; returns their organisation ids. */
    private List<Long> submit(SurveyTestData data, SurveyRoundSummary round, int count, String lad, String sic, SizeBand size,
                              long employees) {
        List<BulkSubmissions.Submission> submissions = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long org = data.newEmployer("Cell sums employer", lad, sic, size).id();
            ids.add(org);
            Map<String, List<Cell>> answers = new java.util.LinkedHashMap<>(SurveyTestData.requiredEmployerAnswers(employees));
            answers.put(EmployerQuestions.HAS_VACANCIES, List.of(Cell.option("YES")));
            answers.put(EmployerQuestions.VAC_TOTAL, List.of(Cell.number(40)));
            answers.put(EmployerQuestions.VAC_HTF, List.of(Cell.number(20)));
            answers.put(EmployerQuestions.VAC_SSV, List.of(Cell.number(10)));
            answers.put(EmployerQuestions.LOCAL_AUTHORITY, List.of(Cell.option(lad)));
            answers.put(EmployerQuestions.SIC_SECTION, List.of(Cell.option(sic)));
            answers.put(EmployerQuestions.SIZE_BAND, List.of(Cell.option(size.code())));
            submissions.add(new BulkSubmissions.Submission(org, new Answers(answers), CollectionMode.ONLINE, Instant.now()));
        }
        data.as("admin", () -> bulk.submit(round.id(), submissions, "Cell sums test"));
        return ids;
    }

    /** A new employer in the cell whose own account submits the required answers; returns the account. */
    private String respondent(SurveyTestData data, SurveyRoundSummary round, String lad, String sic, SizeBand size,
                              long employees) {
        long org = data.newEmployer("Cell sums respondent", lad, sic, size).id();
        String user = data.newAccount(Role.EMPLOYER, org, "Cell sums respondent");
        data.as(user, () -> {
            long id = responses.startOrResume(round.id()).id();
            data.complete(id, employees);
            return responses.submit(id);
        });
        return user;
    }

    /** The round's kept cell sums, one line per row, in a fixed order. */
    static List<String> rows(JdbcClient jdbc, long round) {
        return jdbc.sql("select " + CellSummary.CELL + ", component, contributions, total, squares, largest, runner_up "
                        + "from insight_cell_sums where round_id = ? order by lad_code, sic_section, size_band, component")
                .param(round).query((rs, i) -> {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= 12; c++) {
                        Object value = rs.getObject(c);
                        row.append(value instanceof Number n && c > 8 ? String.format("%.6f", n.doubleValue()) : value).append('|');
                    }
                    return row.toString();
                }).list();
    }

    /** Sums of doubles added in another order differ in the last bits. */
    static int sameDouble(Double a, Double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) ? 0 : Double.compare(a, b);
    }
}
