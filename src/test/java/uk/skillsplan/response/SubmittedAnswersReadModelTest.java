package uk.skillsplan.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.skillsplan.directory.OrganisationDraft;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * The published read side of submitted answers (docs/read-models.md): one row per submitted
 * response with the place, sector and size the respondent reported, frozen with the submission,
 * next to its answer cells; the working copy of a response being amended stays out of it.
 */
class SubmittedAnswersReadModelTest extends ServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ResponseService responses;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcClient jdbc;

    SurveyTestData data;

    @BeforeEach
    void setUp() {
        data = new SurveyTestData(context);
    }

    record Fact(int revision, long roundId, String kind, String lsipCode, String ladCode, String sicSection, String sizeBand,
                String mode) {
    }

    @Test
    void a_submission_freezes_what_the_respondent_reported_not_what_the_directory_says_later() {
        SurveyRoundSummary round = data.openEmployerRound("Read model");
        OrganisationSummary employer = data.newEmployer("Read-model works", SurveyTestData.LEEDS, "C", SizeBand.SMALL);
        signInAs(data.newAccount(Role.EMPLOYER, employer.id(), "Read Model"));
        long id = responses.startOrResume(round.id()).id();
        data.complete(id, 60);
        // The respondent corrects the pre-filled profile: another district, sector and size.
        responses.save(id, Map.of(EmployerQuestions.LOCAL_AUTHORITY, List.of(Cell.option(SurveyTestData.BRADFORD)),
                EmployerQuestions.SIC_SECTION, List.of(Cell.option("F")),
                EmployerQuestions.SIZE_BAND, List.of(Cell.option(SizeBand.MEDIUM.code()))));
        responses.submit(id);
        // Later the directory moves the organisation; the submission keeps what was reported.
        data.as("erb", () -> organisations.update(employer.id(), new OrganisationDraft(OrganisationKind.EMPLOYER,
                employer.name(), SurveyTestData.LEEDS, "Q", SizeBand.LARGE, null)));

        assertThat(fact(id)).isEqualTo(new Fact(1, round.id(), "EMPLOYER", SurveyTestData.WEST_YORKSHIRE,
                SurveyTestData.BRADFORD, "F", "medium", "ONLINE"));
        assertThat(cell(id, EmployerQuestions.EMP_TOTAL)).isEqualTo("60.00");
    }

    @Test
    void an_amendment_counts_only_once_it_is_submitted_and_then_replaces_the_earlier_revision() {
        SurveyRoundSummary round = data.openEmployerRound("Read model amend");
        OrganisationSummary employer = data.newEmployer("Amending works", SurveyTestData.LEEDS, "C", SizeBand.SMALL);
        signInAs(data.newAccount(Role.EMPLOYER, employer.id(), "Read Model"));
        long id = responses.startOrResume(round.id()).id();
        assertThat(facts(id)).isZero();
        data.complete(id, 20);
        responses.submit(id);

        responses.save(id, Map.of(EmployerQuestions.EMP_TOTAL, List.of(Cell.number(30))));
        assertThat(cell(id, EmployerQuestions.EMP_TOTAL)).as("the unsubmitted change is not evidence yet").isEqualTo("20.00");

        responses.submit(id);
        assertThat(facts(id)).isOne();
        assertThat(fact(id).revision()).isEqualTo(2);
        assertThat(cell(id, EmployerQuestions.EMP_TOTAL)).isEqualTo("30.00");
        assertThat(fact(id).sizeBand()).as("pre-filled from the directory and left as it was").isEqualTo("small");
    }

    private int facts(long responseId) {
        return jdbc.sql("select count(*) from submitted_response where response_id = ?").param(responseId)
                .query(Integer.class).single();
    }

    private Fact fact(long responseId) {
        return jdbc.sql("select revision, round_id, organisation_kind, lsip_code, lad_code, sic_section, size_band, "
                        + "collection_mode from submitted_response where response_id = ?").param(responseId)
                .query((rs, n) -> new Fact(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8))).single();
    }

    private String cell(long responseId, String questionCode) {
        return jdbc.sql("select value_number from submitted_answer where response_id = ? and question_code = ?")
                .params(responseId, questionCode).query(java.math.BigDecimal.class).single().setScale(2).toPlainString();
    }
}
