package uk.skillsplan.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.response.Answers;
import uk.skillsplan.response.BulkSubmissions;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.CollectionMode;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.SurveyTestData;

/**
 * Small hand-made rounds for the metric tests: a fresh West Yorkshire employer round per test, and
 * employers whose submitted answers are written out in the test, so that each figure can be
 * computed by hand.
 */
final class InsightFixture {

    final SurveyTestData data;
    private final BulkSubmissions bulk;
    final SurveyRoundSummary round;

    InsightFixture(ApplicationContext context, String title) {
        this.data = new SurveyTestData(context);
        this.bulk = context.getBean(BulkSubmissions.class);
        this.round = data.openEmployerRound(title);
    }

    /** One employer's answers, built up in the test. */
    static final class Employer {
        String lad = SurveyTestData.LEEDS;
        String sic = "C";
        SizeBand size = SizeBand.SMALL;
        final Map<String, List<Cell>> answers = new LinkedHashMap<>();

        Employer(long employment) {
            answers.put(EmployerQuestions.EMP_TOTAL, List.of(Cell.number(employment)));
            answers.put(EmployerQuestions.HAS_VACANCIES, List.of(Cell.option("NO")));
            answers.put(EmployerQuestions.TRAINING_ANY, List.of(Cell.option("NO")));
            answers.put(EmployerQuestions.CONSENT_CONTACT, List.of(Cell.option("YES")));
        }

        Employer in(String ladCode, String sicSection, SizeBand band) {
            lad = ladCode;
            sic = sicSection;
            size = band;
            return this;
        }

        Employer vacancies(long total, long hardToFill, long skillShortage) {
            answers.put(EmployerQuestions.HAS_VACANCIES, List.of(Cell.option(total > 0 ? "YES" : "NO")));
            if (total > 0) {
                answers.put(EmployerQuestions.VAC_TOTAL, List.of(Cell.number(total)));
                answers.put(EmployerQuestions.VAC_HTF, List.of(Cell.number(hardToFill)));
                answers.put(EmployerQuestions.VAC_SSV, List.of(Cell.number(skillShortage)));
            }
            return this;
        }

        Employer trained(long staff, double days) {
            answers.put(EmployerQuestions.TRAINING_ANY, List.of(Cell.option("YES")));
            answers.put(EmployerQuestions.TRAINED_TOTAL, List.of(Cell.number(staff)));
            answers.put(EmployerQuestions.TRAINING_DAYS, List.of(Cell.number(java.math.BigDecimal.valueOf(days))));
            return this;
        }

        /** One workforce grid row: SOC major group, staff, staff not fully proficient, staff trained. */
        Employer workforce(int soc, long headcount, long notProficient, long trained) {
            List<Cell> grid = new ArrayList<>(answers.getOrDefault(EmployerQuestions.WORKFORCE, List.of()));
            String row = String.valueOf(soc);
            grid.add(Cell.grid(row, EmployerQuestions.COL_HEADCOUNT, headcount));
            grid.add(Cell.grid(row, EmployerQuestions.COL_NOT_PROFICIENT, notProficient));
            grid.add(Cell.grid(row, EmployerQuestions.COL_TRAINED, trained));
            answers.put(EmployerQuestions.WORKFORCE, grid);
            return this;
        }

        Employer number(String question, long value) {
            answers.put(question, List.of(Cell.number(value)));
            return this;
        }

        Employer option(String question, String option) {
            answers.put(question, List.of(Cell.option(option)));
            return this;
        }

        Employer choices(String question, String... options) {
            answers.put(question, java.util.Arrays.stream(options).map(Cell::choice).toList());
            return this;
        }

        Employer rating(String question, int value) {
            return number(question, value);
        }
    }

    static Employer employer(long employment) {
        return new Employer(employment);
    }

    /** Creates the employers in the directory and submits their answers; returns their organisation ids. */
    List<Long> submit(Employer... employers) {
        List<BulkSubmissions.Submission> submissions = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (Employer e : employers) {
            OrganisationSummary org = data.newEmployer("Insight employer", e.lad, e.sic, e.size);
            ids.add(org.id());
            Map<String, List<Cell>> all = new LinkedHashMap<>(e.answers);
            all.put(EmployerQuestions.LOCAL_AUTHORITY, List.of(Cell.option(e.lad)));
            all.put(EmployerQuestions.SIC_SECTION, List.of(Cell.option(e.sic)));
            all.put(EmployerQuestions.SIZE_BAND, List.of(Cell.option(e.size.code())));
            submissions.add(new BulkSubmissions.Submission(org.id(), new Answers(all), CollectionMode.ONLINE, Instant.now()));
        }
        data.as("admin", () -> bulk.submit(round.id(), submissions, "Insight test"));
        return ids;
    }

    MetricQuery query(String metric) {
        return MetricQuery.of(metric, round.id(), SurveyTestData.WEST_YORKSHIRE);
    }
}
