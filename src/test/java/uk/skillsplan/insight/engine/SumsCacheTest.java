package uk.skillsplan.insight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.skillsplan.demo.SyntheticResponses;
import uk.skillsplan.directory.OrganisationsMerged;
import uk.skillsplan.insight.catalogue.CatalogueEntry;
import uk.skillsplan.insight.catalogue.MetricCatalogue;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

/** The engine's kept sums are forgotten whenever what they read changes. */
class SumsCacheTest extends ServiceTest {

    @Autowired
    SumsCache cache;
    @Autowired
    MetricCatalogue catalogue;
    @Autowired
    SyntheticResponses synthetic;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void sums_kept_for_a_round_are_computed_again_after_one_of_its_organisations_is_merged_into_another() {
        SurveyTestData data = new SurveyTestData(context);
        long earlier = data.openEmployerRound("Kept sums and merges, earlier").id();
        long round = data.openEmployerRound("Kept sums and merges").id();
        signInAs("admin");
        synthetic.generate(earlier, 6, 5);
        synthetic.generate(round, 6, 6);
        List<CatalogueEntry> entries = List.of(catalogue.entry("TRAINING_INCIDENCE").orElseThrow());
        Scope scope = new Scope(List.of(round), SurveyTestData.WEST_YORKSHIRE, "EMPLOYER", null, null);
        AtomicInteger computed = new AtomicInteger();
        Runnable ask = () -> cache.sums(entries, scope, Grouping.NONE, missing -> {
            computed.incrementAndGet();
            return Map.of();
        });
        ask.run();
        ask.run();
        assertThat(computed).as("kept between requests").hasValue(1);

        // An organisation that answered only the earlier round is kept; one that answered this round is retired.
        long kept = jdbc.sql("select min(organisation_id) from insight_response_fact where round_id = ?").param(earlier)
                .query(Long.class).single();
        long retired = jdbc.sql("select min(organisation_id) from insight_response_fact where round_id = ?").param(round)
                .query(Long.class).single();
        transactions.executeWithoutResult(status -> events.publishEvent(new OrganisationsMerged(kept, retired, Map.of())));
        ask.run();

        assertThat(computed).as("forgotten after the merge").hasValue(2);
    }
}
