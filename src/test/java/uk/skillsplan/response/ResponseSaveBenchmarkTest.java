package uk.skillsplan.response;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.skillsplan.survey.EmployerQuestions.JQ_AGENCY;
import static uk.skillsplan.survey.EmployerQuestions.JQ_BELOW_RLW;
import static uk.skillsplan.survey.EmployerQuestions.JQ_FIXED_TERM;
import static uk.skillsplan.survey.EmployerQuestions.JQ_GUARANTEED_HOURS;
import static uk.skillsplan.survey.EmployerQuestions.JQ_INVOL_PART_TIME;
import static uk.skillsplan.survey.EmployerQuestions.JQ_INVOL_TEMPORARY;
import static uk.skillsplan.survey.EmployerQuestions.JQ_PART_TIME;
import static uk.skillsplan.survey.EmployerQuestions.JQ_PERMANENT;
import static uk.skillsplan.survey.EmployerQuestions.JQ_PROMOTIONS;
import static uk.skillsplan.survey.EmployerQuestions.JQ_SHIFT_NOTICE;
import static uk.skillsplan.survey.EmployerQuestions.JQ_SICK_PAY;
import static uk.skillsplan.survey.EmployerQuestions.JQ_TENURE_UNDER2;
import static uk.skillsplan.survey.EmployerQuestions.JQ_VOICE;
import static uk.skillsplan.survey.EmployerQuestions.JQ_ZERO_HOURS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.Benchmarks;
import uk.skillsplan.testing.Benchmarks.Stats;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * How long saving answers takes, through {@link ResponseService#save} as an employer signed in to
 * their own draft response (security checks, transaction, validation of the whole response, writes):
 * the 14 answers of the JOB_QUALITY section in one call, and one question as the page's autosave
 * sends it (also with the reload the page does after each save). Every call changes some values,
 * so nothing is skipped as unchanged. Not part of {@code ./mvnw verify}: see docs/benchmarks.md.
 */
@Tag("benchmark")
class ResponseSaveBenchmarkTest extends ServiceTest {

    private static final int WARM_UP = Integer.getInteger("skillsplan.benchmark.save.warmup", 300);
    private static final int ITERATIONS = Integer.getInteger("skillsplan.benchmark.save.iterations", 200);
    private static final int BLOCKS = Integer.getInteger("skillsplan.benchmark.save.blocks", 5);
    private static final int EMPLOYEES = 120;
    private static final List<String> GUARANTEED = List.of("ALL", "MOST", "SOME", "NONE");
    private static final List<String> NOTICE = List.of("FIXED_HOURS", "MORE_THAN_TWO_WEEKS", "ONE_TO_TWO_WEEKS",
            "ONE_TO_SIX_DAYS", "LESS_THAN_24H");

    @Autowired
    ResponseService responses;
    @Autowired
    ApplicationContext context;

    private long responseId;

    @BeforeEach
    void aDraftOfAFreshEmployer() {
        SurveyTestData data = new SurveyTestData(context);
        SurveyRoundSummary round = data.openEmployerRound("Save benchmark");
        OrganisationSummary employer = data.newEmployer("Save Benchmark Employer", SurveyTestData.LEEDS, "C", SizeBand.MEDIUM);
        signInAs(data.newAccount(Role.EMPLOYER, employer.id(), "Save Benchmark"));
        responseId = responses.startOrResume(round.id()).id();
        data.complete(responseId, EMPLOYEES);
    }

    /**
     * The three kinds of save, warmed up together and then measured in blocks, taking turns (the
     * order rotates from block to block), so that the JIT's warm-up and the machine's other load
     * fall on all of them alike.
     */
    @Test
    void saving_answers() {
        assertThat(jobQuality(0)).hasSize(14);
        List<Kind> kinds = List.of(
                new Kind("save JOB_QUALITY section (14 answers, one call)", i -> save(jobQuality(i))),
                new Kind("save one question (autosave, JQ_PERMANENT)",
                        i -> save(Map.of(JQ_PERMANENT, List.of(Cell.number(80 + i % 20))))),
                new Kind("save one question + open(response) (what ResponseView does per change)", i -> {
                    save(Map.of(JQ_PERMANENT, List.of(Cell.number(80 + i % 20))));
                    responses.open(responseId);
                }));
        int call = 0;
        for (int i = 0; i < WARM_UP; i++) {
            for (Kind kind : kinds) {
                kind.work().accept(call++);
            }
        }
        Map<Kind, long[]> all = new LinkedHashMap<>();
        kinds.forEach(kind -> all.put(kind, new long[BLOCKS * ITERATIONS]));
        for (int block = 0; block < BLOCKS; block++) {
            for (int k = 0; k < kinds.size(); k++) {
                Kind kind = kinds.get((block + k) % kinds.size());
                long[] times = new long[ITERATIONS];
                for (int i = 0; i < ITERATIONS; i++) {
                    long start = System.nanoTime();
                    kind.work().accept(call++);
                    times[i] = System.nanoTime() - start;
                }
                System.arraycopy(times, 0, all.get(kind), block * ITERATIONS, ITERATIONS);
                Benchmarks.report("%s, block %d/%d: %s", kind.name(), block + 1, BLOCKS, Stats.of(times));
            }
        }
        all.forEach((kind, times) -> Benchmarks.report("%s, all %d blocks (after %d warm-up calls of each kind): %s",
                kind.name(), BLOCKS, WARM_UP, Stats.of(times)));
    }

    private record Kind(String name, IntConsumer work) {
    }

    private void save(Map<String, List<Cell>> answers) {
        SaveResult result = responses.save(responseId, answers);
        assertThat(result.ok()).as("saved: %s", result.errors()).isTrue();
    }

    /** The section's 14 answers, consistent with each other and with 120 staff; some values change with {@code i}. */
    private static Map<String, List<Cell>> jobQuality(int i) {
        Map<String, List<Cell>> answers = new LinkedHashMap<>();
        int zeroHours = 5 + i % 3;
        int partTime = 30 + i % 4;
        answers.put(JQ_BELOW_RLW, List.of(Cell.number(10 + i % 7)));
        answers.put(JQ_PERMANENT, List.of(Cell.number(EMPLOYEES - 10 - zeroHours)));
        answers.put(JQ_FIXED_TERM, List.of(Cell.number(10)));
        answers.put(JQ_AGENCY, List.of(Cell.number(3 + i % 2)));
        answers.put(JQ_ZERO_HOURS, List.of(Cell.number(zeroHours)));
        answers.put(JQ_PART_TIME, List.of(Cell.number(partTime)));
        answers.put(JQ_INVOL_PART_TIME, List.of(Cell.number(5 + i % 3)));
        answers.put(JQ_INVOL_TEMPORARY, List.of(Cell.number(4)));
        answers.put(JQ_GUARANTEED_HOURS, List.of(Cell.option(GUARANTEED.get(i % GUARANTEED.size()))));
        answers.put(JQ_SHIFT_NOTICE, List.of(Cell.option(NOTICE.get(i % NOTICE.size()))));
        answers.put(JQ_SICK_PAY, List.of(Cell.option(i % 2 == 0 ? "YES" : "NO")));
        answers.put(JQ_TENURE_UNDER2, List.of(Cell.number(20 + i % 9)));
        answers.put(JQ_PROMOTIONS, List.of(Cell.number(3 + i % 2)));
        answers.put(JQ_VOICE, i % 2 == 0 ? List.of(Cell.choice("RECOGNISED_UNION"), Cell.choice("STAFF_FORUM"))
                : List.of(Cell.choice("REGULAR_SURVEYS")));
        return answers;
    }
}
