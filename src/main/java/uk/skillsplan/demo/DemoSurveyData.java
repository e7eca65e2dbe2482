package uk.skillsplan.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.security.DemoDataPolicy;
import uk.skillsplan.security.SystemAuthentication;
import uk.skillsplan.security.UserAccountService;
import uk.skillsplan.security.UserQuery;
import uk.skillsplan.survey.NewRound;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.QuestionnaireVersionSummary;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Demo survey rounds with evidence in them, so that the first run on the embedded database has
 * something to look at: in each demo area an open employer, provider and council round, with
 * synthetic submitted responses. Runs after the national questionnaires (order 5) and the demo
 * directory (order 10), once: only while no round exists at all. Organisations that people can
 * sign in for (the demo accounts' own) are left without a response, so that people and browser
 * tests can answer the surveys themselves.
 */
@Component
@Order(20)
class DemoSurveyData implements ApplicationRunner {

    static final List<String> DEMO_AREAS = List.of("E69000037", "E69000014", "E69000005");
    /** A few fictional providers per area on top of the directory's, so that each round has a handful of answers. */
    static final int EXTRA_PROVIDERS = 3;

    private static final Logger log = LoggerFactory.getLogger(DemoSurveyData.class);

    private final DemoDataPolicy policy;
    private final SurveyRoundService rounds;
    private final QuestionnaireService questionnaires;
    private final OrganisationService organisations;
    private final UserAccountService accounts;
    private final ReferenceDataService referenceData;
    private final SyntheticResponses synthetic;
    private final int employersPerArea;

    DemoSurveyData(DemoDataPolicy policy, SurveyRoundService rounds, QuestionnaireService questionnaires,
                   OrganisationService organisations, UserAccountService accounts, ReferenceDataService referenceData,
                   SyntheticResponses synthetic,
                   @Value("${skillsplan.demo-data.employers-per-area:300}") int employersPerArea) {
        this.policy = policy;
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.organisations = organisations;
        this.accounts = accounts;
        this.referenceData = referenceData;
        this.synthetic = synthetic;
        this.employersPerArea = employersPerArea;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.enabled()) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> {
            if (!rounds.managedRounds().isEmpty()) {
                return;
            }
            long started = System.nanoTime();
            int responses = 0;
            for (int i = 0; i < DEMO_AREAS.size(); i++) {
                responses += fillArea(DEMO_AREAS.get(i), 20_260_000L + 100L * i);
            }
            log.info("Demo survey data created: {} submitted responses in {} areas in {} ms", responses,
                    DEMO_AREAS.size(), (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** Opens the three rounds of one area and fills them; returns how many responses were submitted. */
    private int fillArea(String area, long seed) {
        List<OrganisationSummary> answering = organisationsWithoutAccounts(area);
        return employers(area, idsOf(answering, OrganisationKind.EMPLOYER), seed)
                + providers(area, idsOf(answering, OrganisationKind.PROVIDER), seed + 10)
                + councils(area, idsOf(answering, OrganisationKind.COUNCIL), seed + 20);
    }

    /**
     * {@code employers-per-area} responses in all: the directory's own demo employers first, then
     * fictional ones; and a third as many again who have not answered, so that the round has a
     * realistic response rate and a list to chase.
     */
    private int employers(String area, List<Long> existing, long seed) {
        long round = open(area, "Employer skills survey 2026", "EMPLOYER_CORE", OrganisationKind.EMPLOYER);
        synthetic.inviteWithoutAnswering(round, employersPerArea / 3, seed + 2);
        return synthetic.respondFor(round, existing, seed).size()
                + synthetic.generate(round, Math.max(0, employersPerArea - existing.size()), seed + 1).size();
    }

    private int providers(String area, List<Long> existing, long seed) {
        long round = open(area, "Provider survey 2026", "PROVIDER_CORE", OrganisationKind.PROVIDER);
        return synthetic.respondFor(round, existing, seed).size()
                + synthetic.generate(round, EXTRA_PROVIDERS, seed + 1).size();
    }

    /** One council per council area: those the directory already has, and a stand-in for each of the others. */
    private int councils(String area, List<Long> existing, long seed) {
        long round = open(area, "Council survey 2026", "COUNCIL_CORE", OrganisationKind.COUNCIL);
        long covered = organisations.search(new OrganisationQuery(null, OrganisationKind.COUNCIL, area, true),
                Pageable.unpaged()).stream().map(OrganisationSummary::ladCode).distinct().count();
        int standIns = (int) Math.max(0, referenceData.localAuthoritiesIn(area).size() - covered);
        return synthetic.respondFor(round, existing, seed).size() + synthetic.generate(round, standIns, seed + 1).size();
    }

    private long open(String area, String title, String questionnaireCode, OrganisationKind audience) {
        QuestionnaireVersionSummary latest = questionnaires.versions().stream()
                .filter(v -> v.code().equals(questionnaireCode))
                .max(Comparator.comparingInt(QuestionnaireVersionSummary::versionNumber))
                .orElseThrow(() -> new IllegalStateException("Questionnaire " + questionnaireCode + " is not published."));
        LocalDate today = rounds.today();
        SurveyRoundSummary round = rounds.openInArea(area, new NewRound(title, latest.id(), Set.of(audience),
                today.minusDays(30), today.plusDays(60)));
        return round.id();
    }

    /** The area's organisations, except those with sign-in accounts: people answer for those themselves. */
    private List<OrganisationSummary> organisationsWithoutAccounts(String area) {
        return organisations.search(new OrganisationQuery(null, null, area, false), Pageable.unpaged()).stream()
                .filter(o -> accounts.count(new UserQuery(null, null, o.id(), true)) == 0)
                .sorted(Comparator.comparingLong(OrganisationSummary::id))
                .toList();
    }

    private static List<Long> idsOf(List<OrganisationSummary> organisations, OrganisationKind kind) {
        return organisations.stream().filter(o -> o.kind() == kind).map(OrganisationSummary::id).toList();
    }
}
