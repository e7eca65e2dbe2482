package uk.skillsplan.response;

import uk.skillsplan.response.transfer.ResponseColumns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.skillsplan.directory.OrganisationDraft;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.survey.NewRound;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.QuestionnaireVersionSummary;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Test data of its own for the export and import tests, so that they never collide with other
 * tests: a fresh employer round in West Yorkshire and fresh employers with unique names and
 * Companies House numbers. Callers sign in as the ERB lead {@code erb} first. A plain class rather
 * than a bean, so that the shared Spring context stays the same for every test.
 */
class ResponseFileFixture {

    /** A West Yorkshire local authority (Leeds), where the {@code erb} account's area is. */
    static final String LEEDS = "E08000035";

    private final SurveyRoundService rounds;
    private final QuestionnaireService questionnaires;
    private final OrganisationService organisations;
    private final ResponseService responses;
    private final JdbcTemplate jdbc;

    ResponseFileFixture(SurveyRoundService rounds, QuestionnaireService questionnaires, OrganisationService organisations,
                        ResponseService responses, JdbcTemplate jdbc) {
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.organisations = organisations;
        this.responses = responses;
        this.jdbc = jdbc;
    }

    SurveyRoundSummary employerRound() {
        long versionId = questionnaires.versions().stream()
                .filter(v -> v.code().equals(EmployerQuestions.QUESTIONNAIRE)).mapToLong(QuestionnaireVersionSummary::id)
                .max().orElseThrow();
        return rounds.open(new NewRound("File test " + UUID.randomUUID(), versionId, Set.of(OrganisationKind.EMPLOYER),
                rounds.today(), rounds.today().plusDays(30)));
    }

    OrganisationSummary employer() {
        String companiesHouseNumber = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return organisations.create(new OrganisationDraft(OrganisationKind.EMPLOYER, "File Test Employer "
                + UUID.randomUUID(), LEEDS, "C", SizeBand.SMALL, companiesHouseNumber));
    }

    /** Answers a response through the form's service, as an ERB lead entering them on the employer's behalf. */
    long submitOnBehalf(long roundId, long organisationId, Map<String, List<Cell>> answers) {
        long responseId = responses.startOnBehalf(roundId, organisationId).id();
        SaveResult saved = responses.save(responseId, answers);
        if (!saved.ok()) {
            throw new IllegalStateException("test answers refused: " + saved.errors());
        }
        responses.submit(responseId);
        return responseId;
    }

    /** The required answers of the employer questionnaire, with vacancies (so VAC_* are required too). */
    static Map<String, List<Cell>> requiredAnswers() {
        Map<String, List<Cell>> answers = new LinkedHashMap<>();
        answers.put(EmployerQuestions.SIC_SECTION, List.of(Cell.option("C")));
        answers.put(EmployerQuestions.SIZE_BAND, List.of(Cell.option("small")));
        answers.put(EmployerQuestions.LOCAL_AUTHORITY, List.of(Cell.option(LEEDS)));
        answers.put(EmployerQuestions.EMP_TOTAL, List.of(Cell.number(25)));
        answers.put(EmployerQuestions.HAS_VACANCIES, List.of(Cell.option("YES")));
        answers.put(EmployerQuestions.VAC_TOTAL, List.of(Cell.number(4)));
        answers.put(EmployerQuestions.VAC_HTF, List.of(Cell.number(2)));
        answers.put(EmployerQuestions.VAC_SSV, List.of(Cell.number(1)));
        answers.put(EmployerQuestions.TRAINING_ANY, List.of(Cell.option("NO")));
        answers.put(EmployerQuestions.CONSENT_CONTACT, List.of(Cell.option("YES")));
        return answers;
    }

    /** The same required answers as a row of an import file (column name to value), for the given organisation id. */
    static Map<String, String> requiredRow(long organisationId) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(ResponseColumns.ORGANISATION_ID, String.valueOf(organisationId));
        row.put("SIC_SECTION", "C");
        row.put("SIZE_BAND", "small");
        row.put("LOCAL_AUTHORITY", LEEDS);
        row.put("EMP_TOTAL", "25");
        row.put("HAS_VACANCIES", "YES");
        row.put("VAC_TOTAL", "4");
        row.put("VAC_HTF", "2");
        row.put("VAC_SSV", "1");
        row.put("TRAINING_ANY", "NO");
        row.put("CONSENT_CONTACT", "YES");
        return row;
    }

    /** Rows, responses, answers and kept submissions in the whole database: an import that fails must change none. */
    List<Long> counts() {
        return jdbc.queryForObject("select (select count(*) from response), (select count(*) from answer), "
                        + "(select count(*) from response_revision), (select count(*) from answer_revision)",
                (rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }

    long organisationIdNamed(String name) {
        return jdbc.queryForObject("select id from organisation where name = ?", Long.class, name);
    }
}
