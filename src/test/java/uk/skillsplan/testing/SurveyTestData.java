package uk.skillsplan.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.skillsplan.directory.OrganisationDraft;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.response.SaveResult;
import uk.skillsplan.security.NewUserAccount;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.UserAccountService;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.survey.NewRound;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.QuestionnaireVersionSummary;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Survey data that tests make for themselves in the shared database: rounds with unique titles,
 * fresh organisations and accounts. Each helper signs in as whoever may do the work and then puts
 * the caller's sign-in back, so a test keeps acting as the person it signed in as.
 */
public final class SurveyTestData {

    public static final String WEST_YORKSHIRE = "E69000037";
    public static final String GREATER_MANCHESTER = "E69000014";
    public static final String LEEDS = "E08000035";
    public static final String BRADFORD = "E08000032";
    public static final String MANCHESTER = "E08000003";
    /** A password that passes the policy and contains no generated username. */
    public static final String PASSWORD = "Survey-Tests-2026!";

    private final UserDetailsService users;
    private final SurveyRoundService rounds;
    private final QuestionnaireService questionnaires;
    private final OrganisationService organisations;
    private final UserAccountService accounts;
    private final ResponseService responses;
    private final TestClock clock;

    public SurveyTestData(ApplicationContext context) {
        this.users = context.getBean(UserDetailsService.class);
        this.rounds = context.getBean(SurveyRoundService.class);
        this.questionnaires = context.getBean(QuestionnaireService.class);
        this.organisations = context.getBean(OrganisationService.class);
        this.accounts = context.getBean(UserAccountService.class);
        this.responses = context.getBean(ResponseService.class);
        this.clock = context.getBean(TestClock.class);
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public LocalDate today() {
        return rounds.today();
    }

    /** The newest published version of a national questionnaire. */
    public long versionId(String questionnaireCode) {
        return as("admin", () -> questionnaires.versions().stream().filter(v -> v.code().equals(questionnaireCode))
                .max(Comparator.comparingInt(QuestionnaireVersionSummary::versionNumber)).orElseThrow().id());
    }

    public long employerCore() {
        return versionId(EmployerQuestions.QUESTIONNAIRE);
    }

    /** An open employer round in West Yorkshire (erb's area), from today for 30 days. */
    public SurveyRoundSummary openEmployerRound(String titlePrefix) {
        return openRound("erb", titlePrefix, employerCore(), Set.of(OrganisationKind.EMPLOYER));
    }

    public SurveyRoundSummary openRound(String erbLead, String titlePrefix, long versionId, Set<OrganisationKind> audience) {
        return as(erbLead, () -> rounds.open(new NewRound(unique(titlePrefix), versionId, audience, today(),
                today().plusDays(30))));
    }

    /** Moves the clock to the day after the round's last day, so that it has closed (until the test ends). */
    public void dayAfterClosing(SurveyRoundSummary round) {
        clock.setDate(round.closesOn().plusDays(1));
    }

    /** A new employer, created by the ERB lead of West Yorkshire (or of Greater Manchester for a Manchester code). */
    public OrganisationSummary newEmployer(String namePrefix, String ladCode, String sicSection, SizeBand size) {
        String erb = ladCode.equals(MANCHESTER) ? "erb.gm" : "erb";
        return as(erb, () -> organisations.create(new OrganisationDraft(OrganisationKind.EMPLOYER, unique(namePrefix),
                ladCode, sicSection, size, null)));
    }

    public OrganisationSummary newOrganisation(OrganisationKind kind, String namePrefix, String ladCode) {
        return as("admin", () -> organisations.create(new OrganisationDraft(kind, unique(namePrefix), ladCode,
                kind == OrganisationKind.EMPLOYER ? "C" : null, kind == OrganisationKind.EMPLOYER ? SizeBand.SMALL : null,
                null)));
    }

    /** A new account (created by the administrator) in an organisation; returns its username. */
    public String newAccount(Role role, long organisationId, String displayName) {
        String username = "t-" + UUID.randomUUID().toString().substring(0, 12);
        as("admin", () -> accounts.create(new NewUserAccount(username, displayName, null, role, organisationId, PASSWORD)));
        return username;
    }

    public OrganisationSummary organisationOf(String username) {
        return as(username, () -> organisations.mine().orElseThrow());
    }

    /** The answers an employer must give before submitting (the profile is pre-filled). */
    public static Map<String, List<Cell>> requiredEmployerAnswers(long employees) {
        Map<String, List<Cell>> answers = new LinkedHashMap<>();
        answers.put(EmployerQuestions.EMP_TOTAL, List.of(Cell.number(employees)));
        answers.put(EmployerQuestions.HAS_VACANCIES, List.of(Cell.option("NO")));
        answers.put(EmployerQuestions.TRAINING_ANY, List.of(Cell.option("NO")));
        answers.put(EmployerQuestions.CONSENT_CONTACT, List.of(Cell.option("YES")));
        return answers;
    }

    /** Saves the required answers as the signed-in person and checks that they were taken. */
    public void complete(long responseId, long employees) {
        SaveResult result = responses.save(responseId, requiredEmployerAnswers(employees));
        if (!result.ok()) {
            throw new AssertionError("Required answers were refused: " + result.errors());
        }
    }

    /** Runs work signed in as someone else, then restores whoever was signed in. */
    public <T> T as(String username, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(users, username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
