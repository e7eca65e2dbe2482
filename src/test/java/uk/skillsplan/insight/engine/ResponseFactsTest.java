package uk.skillsplan.insight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.skillsplan.demo.SyntheticResponses;
import uk.skillsplan.insight.catalogue.CatalogueEntry;
import uk.skillsplan.insight.catalogue.MetricCatalogue;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * The per-response facts agree with the answers they are made from: the table has a column for
 * every pivot of the catalogue, a row for every submitted response once it is submitted, and every
 * metric's sums are the same whether read from the facts or from the answers themselves.
 */
class ResponseFactsTest extends ServiceTest {

    @Autowired
    ResponseFacts facts;
    @Autowired
    InsightQueries queries;
    @Autowired
    MetricCatalogue catalogue;
    @Autowired
    SyntheticResponses synthetic;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void the_table_has_a_column_for_every_pivot_of_the_catalogue() {
        Set<String> columns = jdbc.sql("select lower(column_name) from information_schema.columns "
                        + "where lower(table_name) = 'insight_response_fact'").query(String.class).list().stream()
                .collect(Collectors.toSet());
        assertThat(columns).containsAll(facts.columns());
    }

    @Test
    void facts_are_written_in_the_submitting_transaction_and_give_the_same_sums_as_the_answers() {
        SurveyTestData data = new SurveyTestData(context);
        long round = data.openEmployerRound("Facts").id();
        signInAs("admin");
        synthetic.generate(round, 40, 11);
        long submitted = jdbc.sql("select count(*) from submitted_response where round_id = ?").param(round)
                .query(Long.class).single();
        long written = jdbc.sql("select count(*) from insight_response_fact where round_id = ?").param(round)
                .query(Long.class).single();
        assertThat(written).isEqualTo(submitted).isEqualTo(40);

        List<CatalogueEntry> all = catalogue.codes().stream().map(c -> catalogue.entry(c).orElseThrow())
                .filter(e -> e.metric().audience().equals("EMPLOYER")).toList();
        for (Grouping grouping : Grouping.values()) {
            Scope scope = new Scope(List.of(round), SurveyTestData.WEST_YORKSHIRE, "EMPLOYER", null, null);
            Map<String, Map<String, List<Sums>>> fromFacts = queries.sums(all, scope, grouping, true);
            Map<String, Map<String, List<Sums>>> fromAnswers = queries.sums(all, scope, grouping, false);
            assertThat(fromFacts).as("%s", grouping).isNotEmpty().usingRecursiveComparison()
                    .withComparatorForType(ResponseFactsTest::sameDouble, Double.class).isEqualTo(fromAnswers);
            // Under a SOC filter H2 2.4 pivots the answers differently (every establishment counted as employing the
            // group); the facts give PostgreSQL's sums on both, so the comparison with the answers runs on PostgreSQL.
            for (int soc = 1; soc <= 9 && postgres(); soc++) {
                Scope occupation = scope.withFilter(uk.skillsplan.insight.InsightFilter.NONE.withSocMajor(soc));
                assertThat(queries.sums(all, occupation, grouping, true)).as("%s, SOC %d", grouping, soc)
                        .usingRecursiveComparison().withComparatorForType(ResponseFactsTest::sameDouble, Double.class)
                        .isEqualTo(queries.sums(all, occupation, grouping, false));
            }
        }
        assertThat(facts.stale()).as("nothing left stale").isEmpty();
    }

    /** Sums of doubles added in another order differ in the last bits. */
    private static int sameDouble(Double a, Double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) ? 0 : Double.compare(a, b);
    }

    private boolean postgres() {
        return jdbc.sql("select 1").query((rs, i) -> rs.getStatement().getConnection().getMetaData().getDatabaseProductName())
                .single().toLowerCase().contains("postgres");
    }
}
