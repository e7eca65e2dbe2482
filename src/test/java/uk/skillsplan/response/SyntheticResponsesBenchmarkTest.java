package uk.skillsplan.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.survey.NewRound;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.testing.ServiceTest;

/**
 * How long a large synthetic round takes to write. Off by default (it adds thousands of
 * organisations to the shared test database); run it with
 * {@code mvn -o test -Dtest=SyntheticResponsesBenchmarkTest -Dskillsplan.benchmark.employers=10000}.
 */
@EnabledIfSystemProperty(named = "skillsplan.benchmark.employers", matches = "\\d+")
class SyntheticResponsesBenchmarkTest extends ServiceTest {

    private static final Logger log = LoggerFactory.getLogger(SyntheticResponsesBenchmarkTest.class);
    /** Buckinghamshire: no demo data there. */
    private static final String AREA = "E69000002";

    @Autowired
    SyntheticResponses synthetic;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    JdbcClient jdbc;

    @Test
    void writes_a_large_employer_round() {
        int employers = Integer.parseInt(System.getProperty("skillsplan.benchmark.employers"));
        signInAs("admin");
        long version = questionnaires.versions().stream().filter(v -> v.code().equals("EMPLOYER_CORE")).findFirst()
                .orElseThrow().id();
        long round = rounds.openInArea(AREA, new NewRound("Benchmark", version, Set.of(OrganisationKind.EMPLOYER),
                rounds.today().minusDays(30), rounds.today().plusDays(30))).id();

        GeneratedRound generated = synthetic.generate(round, employers, 1);

        log.info("Synthetic round of {} employers written in {} ms ({} answer cells)", employers,
                generated.took().toMillis(), jdbc.sql("select count(*) from answer a join response r on r.id = a.response_id "
                        + "where r.round_id = ?").param(round).query(Long.class).single());
        assertThat(jdbc.sql("select count(*) from response where round_id = ? and status = 'SUBMITTED'").param(round)
                .query(Integer.class).single()).isEqualTo(employers);
    }
}
