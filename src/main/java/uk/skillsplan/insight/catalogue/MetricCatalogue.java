package uk.skillsplan.insight.catalogue;

import static uk.skillsplan.insight.catalogue.Recipes.incidence;
import static uk.skillsplan.insight.catalogue.Recipes.mean;
import static uk.skillsplan.insight.catalogue.Recipes.options;
import static uk.skillsplan.insight.catalogue.Recipes.ratio;
import static uk.skillsplan.insight.catalogue.Recipes.trainingGap;
import static uk.skillsplan.insight.catalogue.Recipes.volume;
import static uk.skillsplan.survey.EmployerQuestions.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.skillsplan.insight.BaseUnit;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricKind;

/**
 * Every metric, defined once: its words (the {@link Metric} record that dashboards, exports and the
 * plan read) next to the SQL recipe that computes it. docs/metrics.md describes each one.
 */
@Component
public class MetricCatalogue {

    static final String EMPLOYER = "EMPLOYER";
    static final String PROVIDER = "PROVIDER";
    static final String COUNCIL = "COUNCIL";

    private final Map<String, CatalogueEntry> entries = new LinkedHashMap<>();

    public MetricCatalogue() {
        vacancies();
        skills();
        training();
        jobQuality();
        inclusionAndNeeds();
        providersAndCouncils();
    }

    public List<Metric> metrics() {
        return entries.values().stream().map(CatalogueEntry::metric).toList();
    }

    public Optional<CatalogueEntry> entry(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    private void vacancies() {
        add(new Metric("VACANCY_INCIDENCE", "Establishments with vacancies", "Share of establishments with at least one current vacancy.",
                        "establishments with one or more vacancies", "responding establishments", BaseUnit.ESTABLISHMENTS,
                        MetricKind.INCIDENCE, true, List.of(HAS_VACANCIES), EMPLOYER, "vacancy_incidence_pct", null),
                incidence(Pivot.chose(HAS_VACANCIES, List.of("YES"))), null);
        add(new Metric("VACANCY_DENSITY", "Vacancy density", "Current vacancies as a share of everyone employed.",
                        "current vacancies", "people employed", BaseUnit.EMPLOYMENT, MetricKind.RATIO, true,
                        List.of(VAC_TOTAL, EMP_TOTAL, WORKFORCE), EMPLOYER, null, null),
                ratio(Pivot.number(VAC_TOTAL), Pivot.number(EMP_TOTAL), true),
                ratio(Pivot.gridFiltered(WORKFORCE, COL_VACANCIES), Pivot.gridFiltered(WORKFORCE, COL_HEADCOUNT), true));
        add(new Metric("HTF_DENSITY", "Hard-to-fill vacancy density", "Hard-to-fill vacancies as a share of all vacancies.",
                        "hard-to-fill vacancies", "all vacancies", BaseUnit.VACANCIES, MetricKind.RATIO, true,
                        List.of(VAC_HTF, VAC_TOTAL, WORKFORCE), EMPLOYER, null, null),
                ratio(Pivot.number(VAC_HTF), Pivot.number(VAC_TOTAL), true),
                ratio(Pivot.gridFiltered(WORKFORCE, COL_HARD_TO_FILL), Pivot.gridFiltered(WORKFORCE, COL_VACANCIES), true));
        add(new Metric("SSV_INCIDENCE", "Establishments with skill-shortage vacancies",
                        "Share of establishments with at least one vacancy hard to fill because applicants lack skills, qualifications or experience.",
                        "establishments with one or more skill-shortage vacancies", "responding establishments",
                        BaseUnit.ESTABLISHMENTS, MetricKind.INCIDENCE, true, List.of(HAS_VACANCIES, VAC_SSV), EMPLOYER,
                        "ssv_incidence_pct", null),
                Recipes.incidenceOfPositive(Pivot.chose(HAS_VACANCIES, List.of("YES")), Pivot.number(VAC_SSV)), null);
        add(new Metric("SSV_VOLUME", "Skill-shortage vacancies", "Number of vacancies hard to fill because applicants lack skills, qualifications or experience.",
                        "skill-shortage vacancies", "", BaseUnit.ESTABLISHMENTS, MetricKind.VOLUME, false,
                        List.of(VAC_SSV, HAS_VACANCIES, WORKFORCE), EMPLOYER, null, null),
                volume(Pivot.number(VAC_SSV), Pivot.chose(HAS_VACANCIES, List.of("YES"))),
                volume(Pivot.gridFiltered(WORKFORCE, COL_SKILL_SHORTAGE), Pivot.gridFiltered(WORKFORCE, COL_HEADCOUNT)));
        add(new Metric("SSV_DENSITY", "Skill-shortage vacancy density", "Skill-shortage vacancies as a share of all vacancies (not of employment).",
                        "skill-shortage vacancies", "all vacancies", BaseUnit.VACANCIES, MetricKind.RATIO, true,
                        List.of(VAC_SSV, VAC_TOTAL, WORKFORCE), EMPLOYER, "ssv_density_pct", null),
                ratio(Pivot.number(VAC_SSV), Pivot.number(VAC_TOTAL), true),
                ratio(Pivot.gridFiltered(WORKFORCE, COL_SKILL_SHORTAGE), Pivot.gridFiltered(WORKFORCE, COL_VACANCIES), true));
    }

    private void skills() {
        add(new Metric("SKILLS_GAP_INCIDENCE", "Establishments with skills gaps", "Share of establishments with at least one member of staff not fully proficient.",
                        "establishments with staff not fully proficient", "responding establishments", BaseUnit.ESTABLISHMENTS,
                        MetricKind.INCIDENCE, true, List.of(WORKFORCE, EMP_TOTAL), EMPLOYER, "skills_gap_incidence_pct", null),
                Recipes.incidenceOfPositive(Pivot.number(EMP_TOTAL), Pivot.grid(WORKFORCE, COL_NOT_PROFICIENT, Recipes.ALL_SOC)), null);
        add(new Metric("SKILLS_GAP_DENSITY", "Skills-gap density", "Staff not fully proficient in their job as a share of everyone employed.",
                        "staff not fully proficient", "people employed", BaseUnit.EMPLOYMENT, MetricKind.RATIO, true,
                        List.of(WORKFORCE, EMP_TOTAL), EMPLOYER, "skills_gap_density_pct", null),
                ratio(Pivot.grid(WORKFORCE, COL_NOT_PROFICIENT, Recipes.ALL_SOC), Pivot.number(EMP_TOTAL), true),
                ratio(Pivot.gridFiltered(WORKFORCE, COL_NOT_PROFICIENT), Pivot.gridFiltered(WORKFORCE, COL_HEADCOUNT), true));
        add(new Metric("UNDER_USE_DENSITY", "Under-use of skills", "Staff whose skills and qualifications both exceed what their job needs, as a share of everyone employed.",
                        "staff with skills and qualifications beyond their job", "people employed", BaseUnit.EMPLOYMENT,
                        MetricKind.RATIO, true, List.of(UNDER_USED, EMP_TOTAL), EMPLOYER, "underutilisation_density_pct", null),
                ratio(Pivot.number(UNDER_USED), Pivot.number(EMP_TOTAL), false), null);
    }

    private void training() {
        add(new Metric("TRAINING_INCIDENCE", "Training incidence", "Share of establishments that paid for or arranged training in the last 12 months.",
                        "establishments that trained staff", "responding establishments", BaseUnit.ESTABLISHMENTS,
                        MetricKind.INCIDENCE, true, List.of(TRAINING_ANY), EMPLOYER, "training_incidence_pct", null),
                incidence(Pivot.chose(TRAINING_ANY, List.of("YES"))), null);
        add(new Metric("STAFF_TRAINED_SHARE", "Staff trained", "Staff trained in the last 12 months as a share of everyone employed.",
                        "staff trained", "people employed", BaseUnit.EMPLOYMENT, MetricKind.RATIO, true,
                        List.of(TRAINED_TOTAL, TRAINING_ANY, EMP_TOTAL, WORKFORCE), EMPLOYER, "staff_trained_pct", null),
                Recipes.ratioWhenAsked(Pivot.number(TRAINED_TOTAL), Pivot.number(EMP_TOTAL), Pivot.chose(TRAINING_ANY, List.of("YES"))),
                ratio(Pivot.gridFiltered(WORKFORCE, COL_TRAINED), Pivot.gridFiltered(WORKFORCE, COL_HEADCOUNT), true));
        add(new Metric("TRAINING_DAYS_PER_TRAINEE", "Training days per trainee", "Days of training in the last 12 months per member of staff trained.",
                        "training days", "staff trained", BaseUnit.TRAINEES, MetricKind.RATIO, false,
                        List.of(TRAINING_DAYS, TRAINED_TOTAL), EMPLOYER, "training_days_per_trainee", null),
                ratio(Pivot.number(TRAINING_DAYS), Pivot.number(TRAINED_TOTAL), false), null);
        add(new Metric("TRAINING_GAP_8_9", "Training gap: elementary and operative staff",
                        "The share of staff trained in SOC major groups 8-9 divided by the share trained in groups 1-3 (1 = no gap, below 1 = fewer trained).",
                        "share of staff in SOC 8-9 trained", "share of staff in SOC 1-3 trained", BaseUnit.STAFF_TRAINED_SOC_1_3,
                        MetricKind.RATIO, false, List.of(WORKFORCE), EMPLOYER, null, null),
                trainingGap(List.of(8, 9)), null);
        add(new Metric("TRAINING_GAP_6_9", "Training gap: SOC 6-9 against 1-3",
                        "The share of staff trained in SOC major groups 6-9 divided by the share trained in groups 1-3 (1 = no gap, below 1 = fewer trained).",
                        "share of staff in SOC 6-9 trained", "share of staff in SOC 1-3 trained", BaseUnit.STAFF_TRAINED_SOC_1_3,
                        MetricKind.RATIO, false, List.of(WORKFORCE), EMPLOYER, null, null),
                trainingGap(List.of(6, 7, 8, 9)), null);
        add(new Metric("TRAINING_BARRIERS", "Barriers to training", "What stops establishments training their staff as much as they would like.",
                        "establishments naming the barrier", "establishments that answered", BaseUnit.ESTABLISHMENTS,
                        MetricKind.OPTION_SHARES, true, List.of(TRAINING_BARRIERS), EMPLOYER, null, null),
                options(TRAINING_BARRIERS, List.of("NOTHING", "NO_NEED")), null);
    }

    private void jobQuality() {
        staffShare("JQ_BELOW_RLW_SHARE", "Paid below the Real Living Wage", "Staff paid less than the Real Living Wage", JQ_BELOW_RLW);
        staffShare("JQ_ZERO_HOURS_SHARE", "Zero-hours or casual contracts", "Staff on zero-hours or casual contracts", JQ_ZERO_HOURS);
        staffShare("JQ_INVOL_PART_TIME_SHARE", "Involuntary part-time", "Part-time staff who would like more hours", JQ_INVOL_PART_TIME);
        staffShare("JQ_INVOL_TEMPORARY_SHARE", "Involuntary temporary", "Temporary staff who would like a permanent job", JQ_INVOL_TEMPORARY);
        staffShare("JQ_TENURE_UNDER2_SHARE", "Under two years' tenure", "Staff who have worked there for less than two years", JQ_TENURE_UNDER2);
        add(new Metric("JQ_GUARANTEED_HOURS_SITES", "Sites with guaranteed hours", "Share of establishments where all or most staff have a guaranteed minimum number of hours.",
                        "establishments where all or most staff have guaranteed hours", "establishments that answered",
                        BaseUnit.ESTABLISHMENTS, MetricKind.INCIDENCE, true, List.of(JQ_GUARANTEED_HOURS), EMPLOYER, null, null),
                incidence(Pivot.chose(JQ_GUARANTEED_HOURS, List.of("ALL", "MOST"))), null);
        add(new Metric("JQ_SICK_PAY_SITES", "Sites paying more than Statutory Sick Pay", "Share of establishments that pay staff more than Statutory Sick Pay.",
                        "establishments paying more than Statutory Sick Pay", "establishments that answered",
                        BaseUnit.ESTABLISHMENTS, MetricKind.INCIDENCE, true, List.of(JQ_SICK_PAY), EMPLOYER, null, null),
                incidence(Pivot.chose(JQ_SICK_PAY, List.of("YES"))), null);
        add(new Metric("JQ_VOICE_SITES", "Sites where staff have a voice", "Share of establishments with a recognised union or a staff forum.",
                        "establishments with a recognised union or staff forum", "establishments that answered",
                        BaseUnit.ESTABLISHMENTS, MetricKind.INCIDENCE, true, List.of(JQ_VOICE), EMPLOYER, null, null),
                incidence(Pivot.choseAnyOf(JQ_VOICE, List.of("RECOGNISED_UNION", "STAFF_FORUM"))), null);
        add(new Metric("INSECURITY_SCORE", "Insecure work score (employer-reported)",
                        "The average share of staff affected by five insecurity factors: pay below the Real Living Wage, zero-hours or casual contracts, involuntary part-time, involuntary temporary work, under two years' tenure.",
                        "staff affected, summed over the five factors", "five times the people employed", BaseUnit.EMPLOYMENT,
                        MetricKind.RATIO, true,
                        List.of(JQ_BELOW_RLW, JQ_ZERO_HOURS, JQ_INVOL_PART_TIME, JQ_INVOL_TEMPORARY, JQ_TENURE_UNDER2, EMP_TOTAL),
                        EMPLOYER, null,
                        "An approximation: employers report headcounts per factor, so a person affected by several factors counts several times, and it is not the Work Foundation's UK Insecure Work Index, which is built from what workers say."),
                Recipes.insecurity(), null);
    }

    private void staffShare(String code, String name, String numerator, String question) {
        add(new Metric(code, name, numerator + " as a share of everyone employed (establishments that answered).",
                        numerator.toLowerCase(), "people employed", BaseUnit.EMPLOYMENT, MetricKind.RATIO, true,
                        List.of(question, EMP_TOTAL), EMPLOYER, null, null),
                ratio(Pivot.number(question), Pivot.number(EMP_TOTAL), false), null);
    }

    private void inclusionAndNeeds() {
        add(new Metric("INCLUSIVE_HIRED", "Recruited people far from the labour market",
                        "Share of establishments that took on someone previously unemployed, disabled, a care or prison leaver, or through Jobcentre Plus in the last 12 months.",
                        "establishments that did", "establishments that answered", BaseUnit.ESTABLISHMENTS,
                        MetricKind.OPTION_SHARES, true, List.of(INC_HIRED), EMPLOYER, null, null),
                options(INC_HIRED, List.of("NONE")), null);
        add(new Metric("INCLUSIVE_WOULD_WITH_SUPPORT", "Would recruit people far from the labour market with support",
                        "Share of establishments that would take on such people with some support.",
                        "establishments that would", "establishments that answered", BaseUnit.ESTABLISHMENTS,
                        MetricKind.OPTION_SHARES, true, List.of(INC_WOULD_WITH_SUPPORT), EMPLOYER, null, null),
                options(INC_WOULD_WITH_SUPPORT, List.of("NOT_INTERESTED")), null);
        add(new Metric("HTF_CAUSES", "Causes of hard-to-fill vacancies", "What makes establishments' vacancies hard to fill.",
                        "establishments naming the cause", "establishments that answered", BaseUnit.ESTABLISHMENTS,
                        MetricKind.OPTION_SHARES, true, List.of(SSV_CAUSES), EMPLOYER, null, null),
                options(SSV_CAUSES, List.of()), null);
        add(new Metric("SKILLS_LACKING", "Skills lacking now", "Skills lacking in applicants or in current staff.",
                        "establishments naming the skill", "establishments that answered", BaseUnit.ESTABLISHMENTS,
                        MetricKind.OPTION_SHARES, true, List.of(SKILLS_LACKING), EMPLOYER, null, null),
                options(SKILLS_LACKING, List.of()), null);
        add(new Metric("FUTURE_SKILLS", "Skills needed in three years", "Skills staff will need more of in the next three years.",
                        "establishments naming the skill", "establishments that answered", BaseUnit.ESTABLISHMENTS,
                        MetricKind.OPTION_SHARES, true, List.of(FUTURE_SKILLS), EMPLOYER, null, null),
                options(FUTURE_SKILLS, List.of()), null);
        add(new Metric("FUTURE_OCCUPATIONS", "Occupations needed in three years",
                        "Jobs establishments will need more people or new skills for in the next three years, by SOC 2020 sub-major group.",
                        "establishments naming a job in the group", "establishments that answered", BaseUnit.ESTABLISHMENTS,
                        MetricKind.OPTION_SHARES, true, List.of(FUTURE_OCCUPATIONS), EMPLOYER, null, null),
                options(FUTURE_OCCUPATIONS, List.of()), null);
        add(new Metric("WORK_WITH_COLLEGES", "Working with colleges and providers", "How establishments worked with colleges or training providers in the last 12 months.",
                        "establishments that did", "establishments that answered", BaseUnit.ESTABLISHMENTS,
                        MetricKind.OPTION_SHARES, true, List.of(WORK_WITH_COLLEGES), EMPLOYER, null, null),
                options(WORK_WITH_COLLEGES, List.of("NONE")), null);
        add(new Metric("PROVISION_RATING", "Rating of local provision", "How well local training meets establishments' needs, from 1 (very poorly) to 5 (very well).",
                        "sum of ratings", "establishments that rated", BaseUnit.ESTABLISHMENTS, MetricKind.MEAN, false,
                        List.of(PROVISION_RATING), EMPLOYER, null, null),
                mean(Pivot.rating(PROVISION_RATING)), null);
    }

    private void providersAndCouncils() {
        add(new Metric("PROVIDER_SUBJECTS", "Subjects offered", "Sector subject areas (tier 1) that responding providers teach.",
                        "providers teaching the subject area", "providers that answered", BaseUnit.PROVIDERS,
                        MetricKind.OPTION_SHARES, true, List.of("SSA_OFFERED"), PROVIDER, null, null),
                options("SSA_OFFERED", List.of()), null);
        add(new Metric("PROVIDER_LEVELS", "Levels offered", "Levels at which responding providers teach.",
                        "providers teaching at the level", "providers that answered", BaseUnit.PROVIDERS,
                        MetricKind.OPTION_SHARES, true, List.of("LEVELS_OFFERED"), PROVIDER, null, null),
                options("LEVELS_OFFERED", List.of()), null);
        add(new Metric("PROVIDER_CAPACITY_LIMITS", "Limits on capacity", "What stops providers offering more of the training local employers need.",
                        "providers naming the limit", "providers that answered", BaseUnit.PROVIDERS,
                        MetricKind.OPTION_SHARES, true, List.of("CAPACITY_LIMITS"), PROVIDER, null, null),
                options("CAPACITY_LIMITS", List.of()), null);
        add(new Metric("PROVIDER_CAPACITY_RATING", "Room to grow", "How easily providers could offer more if employers asked, from 1 (not at all) to 5 (very easily).",
                        "sum of ratings", "providers that rated", BaseUnit.PROVIDERS, MetricKind.MEAN, false,
                        List.of("CAPACITY_RATING"), PROVIDER, null, null),
                mean(Pivot.rating("CAPACITY_RATING")), null);
        add(new Metric("PROVIDER_PLACES_FILLED", "Places filled", "Learner places filled as a share of places planned this academic year.",
                        "places filled", "places planned", BaseUnit.PROVIDERS, MetricKind.RATIO, true,
                        List.of("PLACES_FILLED", "PLACES_TOTAL"), PROVIDER, null, null),
                ratio(Pivot.number("PLACES_FILLED"), Pivot.number("PLACES_TOTAL"), false), null);
        add(new Metric("COUNCIL_PRIORITY_SECTORS", "Councils' priority sectors", "Sectors that responding councils name as priorities for growth or jobs.",
                        "councils naming the sector", "councils that answered", BaseUnit.COUNCILS,
                        MetricKind.OPTION_SHARES, true, List.of("PRIORITY_SECTORS"), COUNCIL, null, null),
                options("PRIORITY_SECTORS", List.of()), null);
        add(new Metric("COUNCIL_FUNDING_LEVERS", "Councils' funding levers", "Funding streams that responding councils use now or have used.",
                        "councils using the funding stream", "councils that answered", BaseUnit.COUNCILS,
                        MetricKind.OPTION_SHARES, true, List.of("FUNDING_LEVERS"), COUNCIL, null, null),
                options("FUNDING_LEVERS", List.of()), null);
        add(new Metric("COUNCIL_JOB_QUALITY_CONCERNS", "Councils' job-quality concerns", "The main concerns about job quality that responding councils name.",
                        "councils naming the concern", "councils that answered", BaseUnit.COUNCILS,
                        MetricKind.OPTION_SHARES, true, List.of("JOB_QUALITY_CONCERNS"), COUNCIL, null, null),
                options("JOB_QUALITY_CONCERNS", List.of()), null);
    }

    private void add(Metric metric, Recipe establishment, Recipe occupation) {
        if (entries.put(metric.code(), new CatalogueEntry(metric, establishment, occupation)) != null) {
            throw new IllegalStateException("Metric " + metric.code() + " is defined twice.");
        }
    }

    /** Codes of every metric, in order. */
    public List<String> codes() {
        return new ArrayList<>(entries.keySet());
    }
}
