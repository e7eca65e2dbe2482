package uk.skillsplan.insight;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.skillsplan.demo.SyntheticResponses;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.survey.NewRound;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;

/**
 * The large employer round the weights benchmarks measure, in an area with no demo data (Buckinghamshire): the
 * whole-UK business population imported for it, {@code source} responses generated, then copied {@code copies}
 * times into the measured round in SQL. {@code -Dskillsplan.benchmark.weights.round=ID} reuses a round of an
 * earlier run instead (its area's population already imported).
 */
final class WeightedBenchmarkRound {

    static final String AREA = "E69000002";
    static final int SOURCE = Integer.getInteger("skillsplan.benchmark.weights.source", 1_000);
    static final int COPIES = Integer.getInteger("skillsplan.benchmark.weights.copies", 50);

    private WeightedBenchmarkRound() {
    }

    /** The round to measure (call signed in as an administrator). */
    static long prepare(ApplicationContext context, String title) throws Exception {
        long reused = Long.getLong("skillsplan.benchmark.weights.round", 0);
        if (reused != 0) {
            return reused;
        }
        PopulationImportService population = context.getBean(PopulationImportService.class);
        byte[] file = PopulationImportBenchmarkTest.wholeUk().years(2022).csv();
        population.confirm(population.check(AREA, "ubc-england.csv", new ByteArrayInputStream(file)), null);
        long source = newRound(context, title + " source");
        context.getBean(SyntheticResponses.class).generate(source, SOURCE, 11);
        long target = newRound(context, title);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(s ->
                InsightBenchmarkTest.copy(context.getBean(JdbcClient.class), context,
                        source, target, COPIES));
        return target;
    }

    private static long newRound(ApplicationContext context, String title) {
        SurveyRoundService rounds = context.getBean(SurveyRoundService.class);
        long version = context.getBean(QuestionnaireService.class).versions().stream()
                .filter(v -> v.code().equals(EmployerQuestions.QUESTIONNAIRE)).findFirst().orElseThrow().id();
        return rounds.openInArea(AREA, new NewRound(title + " " + UUID.randomUUID().toString().substring(0, 8), version,
                Set.of(OrganisationKind.EMPLOYER), rounds.today().minusDays(30), rounds.today().plusDays(30))).id();
    }
}
