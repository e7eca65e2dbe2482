package uk.skillsplan.demo;

import uk.skillsplan.response.Cell;
import uk.skillsplan.response.ResponseService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.survey.NewRound;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.ServiceTest;

class SyntheticResponsesTest extends ServiceTest {

    private static final List<String> DEMO_AREAS = List.of("E69000037", "E69000014", "E69000005");
    /** Sussex and Brighton: no demo data, so generating there leaves the demo areas' numbers alone. */
    private static final String OTHER_AREA = "E69000001";

    @Autowired
    SyntheticResponses synthetic;
    @Autowired
    ResponseService responses;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcClient jdbc;
    @Value("${skillsplan.demo-data.employers-per-area}")
    int employersPerArea;

    @Test
    void each_demo_area_has_open_rounds_with_the_configured_number_of_synthetic_employer_responses() {
        signInAs("admin");
        for (String area : DEMO_AREAS) {
            SurveyRoundSummary employerRound = demoRound(area, "EMPLOYER_CORE");
            assertThat(employerRound.isOpen()).isTrue();
            assertThat(employerRound.audience()).containsExactly(OrganisationKind.EMPLOYER);
            assertThat(syntheticSubmissions(employerRound.id())).as(area).isEqualTo(employersPerArea);
            assertThat(syntheticSubmissions(demoRound(area, "PROVIDER_CORE").id())).as(area).isGreaterThanOrEqualTo(3);
            assertThat(syntheticSubmissions(demoRound(area, "COUNCIL_CORE").id())).as(area).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void the_demo_accounts_organisations_are_left_for_people_to_answer() {
        int synthetic = jdbc.sql("select count(*) from response_revision v join response r on r.id = v.response_id "
                        + "join user_account u on u.organisation_id = r.organisation_id "
                        + "where u.username in ('employer', 'employer2', 'provider', 'council') and v.submitted_by_name = ?")
                .param(SyntheticResponses.SUBMITTED_BY).query(Integer.class).single();
        assertThat(synthetic).isZero();
    }

    @Test
    void generated_responses_pass_the_real_validator() {
        signInAs("admin");
        for (String code : List.of("EMPLOYER_CORE", "PROVIDER_CORE", "COUNCIL_CORE")) {
            List<Long> sample = jdbc.sql("select id from response where round_id = ? order by id fetch first 25 rows only")
                    .param(demoRound("E69000037", code).id()).query(Long.class).list();
            assertThat(sample).isNotEmpty();
            sample.forEach(id -> assertThat(responses.problems(id)).as(code + " response " + id).isEmpty());
        }
    }

    @Test
    void the_same_seed_gives_the_same_organisations_and_answers_and_another_seed_does_not() {
        signInAs("admin");
        GeneratedRound first = synthetic.generate(otherAreaRound(), 5, 77);
        GeneratedRound again = synthetic.generate(otherAreaRound(), 5, 77);
        GeneratedRound different = synthetic.generate(otherAreaRound(), 5, 78);

        assertThat(first.size()).isEqualTo(5);
        assertThat(organisations.get(again.organisationIds().getFirst()).name())
                .isEqualTo(organisations.get(first.organisationIds().getFirst()).name());
        assertThat(answersOf(again)).isEqualTo(answersOf(first));
        assertThat(answersOf(different)).isNotEqualTo(answersOf(first));
    }

    @Test
    void only_administrators_may_generate() {
        signInAs("erb");
        assertThatThrownBy(() -> synthetic.generate(demoRound("E69000037", "EMPLOYER_CORE").id(), 1, 1))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void demo_evidence_is_plausible_against_the_employer_skills_survey() {
        signInAs("admin");
        List<Long> employerRounds = DEMO_AREAS.stream().map(area -> demoRound(area, "EMPLOYER_CORE").id()).toList();
        double ssvDensity = total(employerRounds, "VAC_SSV") / total(employerRounds, "VAC_TOTAL");
        assertThat(ssvDensity).isBetween(0.15, 0.45);
        double trainingIncidence = (double) answered(employerRounds, "TRAINING_ANY", "YES")
                / (answered(employerRounds, "TRAINING_ANY", "YES") + answered(employerRounds, "TRAINING_ANY", "NO"));
        assertThat(trainingIncidence).isBetween(0.45, 0.75);
        Map<String, Double> belowLivingWage = belowRealLivingWageBySector(employerRounds);
        assertThat(belowLivingWage.get("I")).isGreaterThan(belowLivingWage.get("J"));
    }

    /** Answer cells of the submission that counts, of each response in the given rounds. */
    private static final String SUBMITTED = " from answer_revision a join response r on r.id = a.response_id "
            + "and a.revision = r.submitted_revision where r.round_id in (:rounds) and a.question_code = :code";

    private double total(List<Long> roundIds, String questionCode) {
        return jdbc.sql("select coalesce(sum(a.value_number), 0)" + SUBMITTED)
                .param("rounds", roundIds).param("code", questionCode).query(BigDecimal.class).single().doubleValue();
    }

    private long answered(List<Long> roundIds, String questionCode, String option) {
        return jdbc.sql("select count(*)" + SUBMITTED + " and a.value_option = :option").param("rounds", roundIds)
                .param("code", questionCode).param("option", option).query(Long.class).single();
    }

    private Map<String, Double> belowRealLivingWageBySector(List<Long> roundIds) {
        return jdbc.sql("select s.value_option, sum(b.value_number) / sum(e.value_number) from response r "
                        + "join answer_revision s on s.response_id = r.id and s.revision = r.submitted_revision "
                        + "and s.question_code = 'SIC_SECTION' "
                        + "join answer_revision e on e.response_id = r.id and e.revision = r.submitted_revision "
                        + "and e.question_code = 'EMP_TOTAL' "
                        + "join answer_revision b on b.response_id = r.id and b.revision = r.submitted_revision "
                        + "and b.question_code = 'JQ_BELOW_RLW' "
                        + "where r.round_id in (:rounds) group by s.value_option")
                .param("rounds", roundIds)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getDouble(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private int syntheticSubmissions(long roundId) {
        return jdbc.sql("select count(distinct r.id) from response r join response_revision v on v.response_id = r.id "
                        + "where r.round_id = ? and r.status = 'SUBMITTED' and v.submitted_by_name = ?")
                .params(roundId, SyntheticResponses.SUBMITTED_BY).query(Integer.class).single();
    }

    private SurveyRoundSummary demoRound(String area, String questionnaireCode) {
        return rounds.managedRounds().stream()
                .filter(r -> r.lsipCode().equals(area) && r.questionnaireCode().equals(questionnaireCode)
                        && r.title().endsWith("survey 2026"))
                .findFirst().orElseThrow(() -> new AssertionError("No demo " + questionnaireCode + " round in " + area));
    }

    private long otherAreaRound() {
        long version = questionnaires.versions().stream().filter(v -> v.code().equals("EMPLOYER_CORE")).findFirst()
                .orElseThrow().id();
        return rounds.openInArea(OTHER_AREA, new NewRound("Determinism check", version, Set.of(OrganisationKind.EMPLOYER),
                rounds.today(), rounds.today().plusDays(1))).id();
    }

    private Map<String, List<Cell>> answersOf(GeneratedRound generated) {
        return responses.revision(generated.responseIds().getFirst(), 1).asMap();
    }
}
