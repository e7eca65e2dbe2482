package uk.skillsplan.plan.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.Breakdown;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.FigureRow;
import uk.skillsplan.insight.FigureTable;
import uk.skillsplan.insight.InsightFilter;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.PopulationCoverage;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.plan.SectionKind;

/**
 * Writes a draft plan from the evidence: plain sentences with figures woven in, each figure a link to
 * its stored query. Only figures the disclosure control shows are written; a hidden one leaves its
 * sentence out (or shows "c" in a table); a figure on few responses says so. Knows nothing of the
 * database: it asks {@link InsightService}, so it can be tested on fixed evidence.
 */
public final class DraftWriter {

    private final InsightService insight;
    private final String lsipCode;
    private final String areaName;
    private final String cycle;
    private final List<AnalysableRound> rounds;
    private final Weighting weighting;
    private final Map<String, Metric> catalogue = new HashMap<>();
    private final List<Draft.Citation> citations = new ArrayList<>();
    /** Figures asked of the engine in one batch before the text is written. */
    private final Map<MetricQuery, Figure> asked = new HashMap<>();
    /** Tables asked in one batch, by query and breakdown. */
    private final Map<List<Object>, FigureTable> askedTables = new HashMap<>();
    private SectionKind writing;
    private PopulationCoverage populationCoverage;
    private AnalysableRound coverageRound;
    private String importsWords = "";

    /** The metrics the text cites for the whole area. */
    private static final List<String> WHOLE_AREA = List.of("SSV_DENSITY", "SKILLS_GAP_DENSITY", "TRAINING_INCIDENCE",
            "SSV_VOLUME", "HTF_DENSITY", "INSECURITY_SCORE", "JQ_GUARANTEED_HOURS_SITES", "STAFF_TRAINED_SHARE",
            "TRAINING_GAP_8_9", "INCLUSIVE_HIRED", "INCLUSIVE_WOULD_WITH_SUPPORT", "VACANCY_INCIDENCE",
            "PROVIDER_CAPACITY_RATING", "COUNCIL_PRIORITY_SECTORS");

    public DraftWriter(InsightService insight, String lsipCode, String areaName, String cycle, List<AnalysableRound> rounds,
                       Weighting weighting) {
        this.insight = insight;
        this.lsipCode = lsipCode;
        this.areaName = areaName;
        this.cycle = cycle;
        this.rounds = List.copyOf(rounds);
        this.weighting = weighting;
        insight.catalogue().forEach(metric -> catalogue.put(metric.code(), metric));
    }

    /**
     * The business population coverage of the plan's newest employer round ({@code null}: no
     * population chosen), and the imports the plan rests on in words, for the introduction.
     */
    public DraftWriter withImports(PopulationCoverage coverage, AnalysableRound round, String imports) {
        this.populationCoverage = coverage;
        this.coverageRound = round;
        this.importsWords = imports == null ? "" : imports;
        return this;
    }

    public Draft write() {
        ask(WHOLE_AREA, InsightFilter.NONE);
        List<PriorityScore.Ranked> priorities = PriorityScore.rank(sectorEvidence(InsightFilter.NONE));
        priorities.forEach(p -> ask(List.of("SSV_DENSITY", "SKILLS_GAP_DENSITY"),
                InsightFilter.NONE.withSicSection(p.sicSection())));
        Map<SectionKind, String> texts = new EnumMap<>(SectionKind.class);
        texts.put(SectionKind.INTRODUCTION, section(SectionKind.INTRODUCTION, () -> introduction(priorities)));
        texts.put(SectionKind.STRATEGIC_CONTEXT, section(SectionKind.STRATEGIC_CONTEXT, this::strategicContext));
        texts.put(SectionKind.SKILL_NEEDS, section(SectionKind.SKILL_NEEDS, () -> skillNeeds(priorities)));
        texts.put(SectionKind.ACTIONABLE_CHANGES, section(SectionKind.ACTIONABLE_CHANGES, () -> actions(priorities)));
        texts.put(SectionKind.JOB_QUALITY, section(SectionKind.JOB_QUALITY, this::jobQuality));
        texts.put(SectionKind.EVIDENCE_COVERAGE, section(SectionKind.EVIDENCE_COVERAGE, this::coverage));
        texts.put(SectionKind.STAKEHOLDER_ENGAGEMENT, section(SectionKind.STAKEHOLDER_ENGAGEMENT, this::engagement));
        texts.put(SectionKind.MONITORING, section(SectionKind.MONITORING, this::monitoring));
        texts.put(SectionKind.ANNEX_SKILL_NEEDS, section(SectionKind.ANNEX_SKILL_NEEDS, this::annex));
        return new Draft(texts, citations, priorities);
    }

    private String section(SectionKind kind, java.util.function.Supplier<String> body) {
        writing = kind;
        return body.get().strip() + "\n";
    }

    // --- sections -------------------------------------------------------------------------------

    private String introduction(List<PriorityScore.Ranked> priorities) {
        StringBuilder text = new StringBuilder();
        text.append("This is the draft Local Skills Improvement Plan for ").append(areaName).append(" for ").append(cycle)
                .append(". It sets out what employers in the area need from skills and training, the priorities that "
                        + "follow from the evidence, and what colleges, training providers, the council and employers "
                        + "will change in response.\n\n");
        text.append("It rests on ").append(rounds.size() == 1 ? "one survey round" : rounds.size() + " survey rounds")
                .append(": ").append(rounds.stream().map(AnalysableRound::name).collect(Collectors.joining(", "))).append(". ")
                .append(weighting == Weighting.WEIGHTED
                        ? "Employers' answers are weighted to the area's business population by sector and size."
                        : "Each responding employer counts once (the figures are not weighted).")
                .append(importsWords.isEmpty() ? "" : " " + importsWords).append("\n\n");
        text.append("### Executive summary\n\n");
        sentence(text, "Skill-shortage vacancies - vacancies that are hard to fill because applicants lack the skills, "
                + "qualifications or experience - make up %s.", cite("SSV_DENSITY", InsightFilter.NONE));
        sentence(text, "Staff who are not fully proficient in their jobs make up %s.", cite("SKILLS_GAP_DENSITY", InsightFilter.NONE));
        sentence(text, "Employers that funded or arranged training in the last year make up %s.",
                cite("TRAINING_INCIDENCE", InsightFilter.NONE));
        text.append("\n\n");
        if (priorities.isEmpty()) {
            text.append("The evidence does not yet show enough about any sector to rank priorities.\n");
        } else {
            text.append("The plan's priorities, in order:\n\n");
            priorities.forEach(p -> text.append(p.rank()).append(". ").append(priorityTitle(p)).append("\n"));
            if (priorities.size() < 4) {
                text.append("\nThe evidence so far supports ").append(priorities.size()).append(priorities.size() == 1
                        ? " priority" : " priorities").append("; the guidance asks for 4 to 6, so more evidence or local "
                        + "knowledge is needed before review.\n");
            }
        }
        return text.toString();
    }

    private String strategicContext() {
        StringBuilder text = new StringBuilder();
        text.append("This plan sits beside the Industrial Strategy's priority sectors, the Strategic Authority's plans "
                + "and the Local Get Britain Working Plan.\n\n");
        String sectors = topOptions("COUNCIL_PRIORITY_SECTORS", 5);
        if (!sectors.isEmpty()) {
            text.append("The councils that answered name these sectors as priorities for growth and jobs: ")
                    .append(sectors).append(".\n\n");
        }
        text.append("_Council officers: add the local growth plan, the Local Get Britain Working Plan and any "
                + "Strategic Authority priorities here._\n");
        return text.toString();
    }

    private String skillNeeds(List<PriorityScore.Ranked> priorities) {
        StringBuilder text = new StringBuilder();
        sentence(text, "Across the area, employers report %s.", cite("SSV_VOLUME", InsightFilter.NONE));
        sentence(text, "Hard-to-fill vacancies make up %s.", cite("HTF_DENSITY", InsightFilter.NONE));
        String lacking = topOptions("SKILLS_LACKING", 3);
        if (!lacking.isEmpty()) {
            text.append(" The skills employers most often find lacking are ").append(lacking).append(".");
        }
        text.append("\n\n### Priorities\n\n");
        if (priorities.isEmpty()) {
            text.append("No sector has enough shown evidence of skill shortages to be ranked yet.\n");
        }
        for (PriorityScore.Ranked priority : priorities) {
            text.append("#### ").append(priority.rank()).append(". ").append(priorityTitle(priority)).append("\n\n");
            InsightFilter sector = InsightFilter.NONE.withSicSection(priority.sicSection());
            sentence(text, "In this sector, skill-shortage vacancies make up %s.", cite("SSV_DENSITY", sector));
            sentence(text, "Staff not fully proficient make up %s.", cite("SKILLS_GAP_DENSITY", sector));
            text.append("\n\n*Why it ranks here:* ").append(priority.explanation()).append("\n\n");
        }
        return text.toString();
    }

    private String actions(List<PriorityScore.Ranked> priorities) {
        StringBuilder text = new StringBuilder("For each priority, what colleges and training providers, the council and "
                + "employers will change, who owns it and by when. The owners and dates are to be agreed with them.\n\n");
        text.append("| Priority | Change | Owner | By when |\n|---|---|---|---|\n");
        for (PriorityScore.Ranked p : priorities) {
            text.append("| ").append(priorityTitle(p)).append(" | Courses and places matched to the skills lacking | "
                    + "Colleges and providers | To be agreed |\n");
            text.append("| ").append(priorityTitle(p)).append(" | Employers release staff for training | Employers | "
                    + "To be agreed |\n");
        }
        String limits = topOptions("PROVIDER_CAPACITY_LIMITS", 3);
        if (!limits.isEmpty()) {
            text.append("\nProviders say what most limits them is ").append(limits).append(".\n");
        }
        return text.toString();
    }

    private String jobQuality() {
        StringBuilder text = new StringBuilder();
        sentence(text, "The employer-reported insecure work score is %s.", cite("INSECURITY_SCORE", InsightFilter.NONE));
        sentence(text, "Sites offering guaranteed hours make up %s.", cite("JQ_GUARANTEED_HOURS_SITES", InsightFilter.NONE));
        text.append("\n\n### Who gets trained\n\n");
        sentence(text, "Staff trained in the last year make up %s.", cite("STAFF_TRAINED_SHARE", InsightFilter.NONE));
        sentence(text, "The training gap between elementary and operative staff and managers and professionals is %s.",
                cite("TRAINING_GAP_8_9", InsightFilter.NONE));
        text.append("\n\n### People far from the labour market\n\n");
        sentence(text, "Employers that recruited someone far from the labour market make up %s.",
                cite("INCLUSIVE_HIRED", InsightFilter.NONE));
        sentence(text, "Employers that would with support make up %s.", cite("INCLUSIVE_WOULD_WITH_SUPPORT", InsightFilter.NONE));
        return text.toString();
    }

    private String coverage() {
        if (populationCoverage != null && populationCoverage.population() != null && coverageRound != null) {
            MetricQuery responding = new MetricQuery("VACANCY_INCIDENCE", List.of(coverageRound.id()), lsipCode,
                    InsightFilter.NONE, Weighting.UNWEIGHTED);
            return CoverageText.write(areaName, coverageRound.name(), populationCoverage,
                    tableOrNull(responding, Breakdown.SIZE_BAND), tableOrNull(responding, Breakdown.SIC_SECTION));
        }
        return "_No business population has been imported for the area yet, so the responses cannot be set against "
                + "it; the ERB lead can import ONS UK Business Counts on the population page._\n\n" + "How many employers answered, by size and by sector (counts rounded to the nearest 5, as ONS does; "
                + "\"c\" marks a group too small to show).\n\n" + baseTable("VACANCY_INCIDENCE", Breakdown.SIZE_BAND, "Size band")
                + "\n" + baseTable("VACANCY_INCIDENCE", Breakdown.SIC_SECTION, "Sector (SIC 2007 section)");
    }

    private String engagement() {
        StringBuilder text = new StringBuilder("Who took part in the evidence for this plan.\n\n");
        text.append("| Who | Responding (rounded to 5) |\n|---|---|\n");
        engagementRow(text, "Employers", "VACANCY_INCIDENCE");
        engagementRow(text, "Colleges and training providers", "PROVIDER_CAPACITY_RATING");
        engagementRow(text, "Councils", "COUNCIL_PRIORITY_SECTORS");
        text.append("\n_Add the events, meetings and Jobcentre Plus engagement that shaped the plan._\n");
        return text.toString();
    }

    private String monitoring() {
        return "The ERB will review the plan each year with the council and the colleges and providers of the area: "
                + "what was done against each action, how each headline figure has moved since this plan, and what is "
                + "late. The yearly progress report is published like the plan.\n";
    }

    private String annex() {
        StringBuilder text = new StringBuilder("Every skill need of the plan coded by sector (SIC 2007 section) and by "
                + "occupation (SOC 2020 major group). \"c\" marks a figure hidden to protect confidentiality.\n\n");
        text.append(figureTable("SSV_DENSITY", Breakdown.SIC_SECTION, "Sector (SIC 2007 section)"));
        text.append("\n").append(figureTable("SKILLS_GAP_DENSITY", Breakdown.SOC_MAJOR, "Occupation (SOC 2020 major group)"));
        return text.toString();
    }

    // --- evidence --------------------------------------------------------------------------------

    /** Each sector's shown figures of the score's components, within {@code filter} (the sensitivity check leaves a size band out). */
    List<PriorityScore.SectorEvidence> sectorEvidence(InsightFilter filter) {
        Map<String, PriorityScore.SectorEvidence> bySector = new java.util.LinkedHashMap<>();
        Map<PriorityScore.Component, String> metrics = Map.of(PriorityScore.Component.SSV_VOLUME, "SSV_VOLUME",
                PriorityScore.Component.SSV_DENSITY, "SSV_DENSITY", PriorityScore.Component.SKILLS_GAP_DENSITY,
                "SKILLS_GAP_DENSITY", PriorityScore.Component.TRAINING_GAP, "TRAINING_INCIDENCE",
                PriorityScore.Component.JOB_QUALITY_GAP, "INSECURITY_SCORE");
        tables(metrics.values().stream().toList(), Breakdown.SIC_SECTION);
        for (PriorityScore.Component component : PriorityScore.Component.values()) {
            table(metrics.get(component), filter, Breakdown.SIC_SECTION).ifPresent(table -> {
                for (FigureRow row : table.rows()) {
                    PriorityScore.SectorEvidence sector = bySector.computeIfAbsent(row.key(),
                            key -> new PriorityScore.SectorEvidence(key, row.label(), new EnumMap<>(PriorityScore.Component.class)));
                    if (!row.figure().suppressed() && row.figure().value() != null) {
                        sector.values().put(component, row.figure().value());
                    }
                }
            });
        }
        return new ArrayList<>(bySector.values());
    }

    /** A figure as a link in the text, or empty when the metric is missing or the figure hidden. */
    private Optional<String> cite(String metricCode, InsightFilter filter) {
        return query(metricCode, filter).flatMap(query -> {
            Figure figure;
            try {
                figure = figure(query);
            } catch (NotFoundException | IllegalArgumentException unknown) {
                return Optional.empty();
            }
            return FigureWords.of(catalogue.get(metricCode), figure).map(words -> {
                citations.add(new Draft.Citation(writing, figure, words));
                return "[" + words + "](" + Draft.PLACEHOLDER + (citations.size() - 1) + ")";
            });
        });
    }

    /**
     * Asks the engine for these figures in one call, which computes the metrics of one kind of respondent in one
     * pass (about 20 calls a draft otherwise). Any that cannot be asked are asked again one by one, where a missing
     * metric leaves its sentence out.
     */
    private void ask(List<String> metricCodes, InsightFilter filter) {
        List<MetricQuery> queries = metricCodes.stream().map(code -> query(code, filter)).flatMap(Optional::stream).toList();
        if (queries.isEmpty()) {
            return;
        }
        try {
            List<Figure> figures = insight.figures(queries);
            for (int i = 0; i < queries.size(); i++) {
                asked.put(queries.get(i), figures.get(i));
            }
        } catch (NotFoundException | IllegalArgumentException unknown) {
            // asked one by one
        }
    }

    /** Asks the engine for these tables in one call (one pass for the metrics of one kind of respondent). */
    private void tables(List<String> metricCodes, Breakdown by) {
        List<MetricQuery> queries = metricCodes.stream().map(code -> query(code, InsightFilter.NONE))
                .flatMap(Optional::stream).toList();
        try {
            List<FigureTable> found = insight.tables(queries, by);
            for (int i = 0; i < queries.size(); i++) {
                askedTables.put(List.of(queries.get(i), by), found.get(i));
            }
        } catch (NotFoundException | IllegalArgumentException unknown) {
            // asked one by one
        }
    }

    private Figure figure(MetricQuery query) {
        Figure figure = asked.get(query);
        return figure != null ? figure : insight.figure(query);
    }

    private Optional<MetricQuery> query(String metricCode, InsightFilter filter) {
        Metric metric = catalogue.get(metricCode);
        if (metric == null) {
            return Optional.empty();
        }
        List<Long> asked = rounds.stream().filter(r -> metric.audience() == null || r.audience() == null
                        || java.util.Arrays.asList(r.audience().split(",")).contains(metric.audience()))
                .map(AnalysableRound::id).toList();
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MetricQuery(metricCode, asked, lsipCode, filter, weighting));
    }

    private Optional<FigureTable> table(String metricCode, Breakdown by) {
        return table(metricCode, InsightFilter.NONE, by);
    }

    private Optional<FigureTable> table(String metricCode, InsightFilter filter, Breakdown by) {
        return query(metricCode, filter).flatMap(query -> {
            FigureTable table = askedTables.get(List.of(query, by));
            if (table != null) {
                return Optional.of(table);
            }
            try {
                return Optional.of(insight.table(query, by));
            } catch (NotFoundException | IllegalArgumentException unknown) {
                return Optional.empty();
            }
        });
    }

    private FigureTable tableOrNull(MetricQuery query, Breakdown by) {
        try {
            return catalogue.containsKey(query.metric()) ? insight.table(query, by) : null;
        } catch (NotFoundException | IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The most often chosen shown options of a choice question, in words: "a (40% of ...), b (...)". */
    private String topOptions(String metricCode, int limit) {
        return table(metricCode, Breakdown.OPTION).map(table -> table.rows().stream()
                .filter(row -> !row.figure().suppressed() && row.figure().value() != null)
                .sorted(Comparator.comparingDouble((FigureRow row) -> row.figure().value()).reversed()).limit(limit)
                .map(row -> row.label().toLowerCase(Locale.UK) + " (" + FigureWords.value(catalogue.get(metricCode),
                        row.figure().value()) + ", " + FigureWords.base(catalogue.get(metricCode), row.figure()) + ")")
                .collect(Collectors.joining(", "))).orElse("");
    }

    private String figureTable(String metricCode, Breakdown by, String header) {
        Metric metric = catalogue.get(metricCode);
        Optional<FigureTable> table = table(metricCode, by);
        if (metric == null || table.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("| " + header + " | " + metric.name() + " | Base |\n|---|---|---|\n");
        for (FigureRow row : table.get().rows()) {
            text.append("| ").append(row.label()).append(" (").append(row.key()).append(") | ")
                    .append(cell(metric, row.figure())).append(" | ")
                    .append(row.figure().suppressed() ? "c" : String.valueOf(row.figure().base())).append(" |\n");
        }
        return text.toString();
    }

    private String cell(Metric metric, Figure figure) {
        if (figure.suppressed() || figure.value() == null) {
            return "c";
        }
        String words = FigureWords.value(metric, figure.value()) + (figure.caution() ? " (treat with caution)" : "");
        citations.add(new Draft.Citation(writing, figure, FigureWords.of(metric, figure).orElseThrow()));
        return "[" + words + "](" + Draft.PLACEHOLDER + (citations.size() - 1) + ")";
    }

    private String baseTable(String metricCode, Breakdown by, String header) {
        Optional<FigureTable> table = table(metricCode, by);
        if (table.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("| " + header + " | Responding employers |\n|---|---|\n");
        for (FigureRow row : table.get().rows()) {
            text.append("| ").append(row.label()).append(" | ")
                    .append(row.figure().suppressed() ? "c" : String.valueOf(row.figure().base())).append(" |\n");
        }
        if (table.get().total() != null && !table.get().total().suppressed()) {
            text.append("| All | ").append(table.get().total().base()).append(" |\n");
        }
        return text.toString();
    }

    private void engagementRow(StringBuilder text, String who, String metricCode) {
        query(metricCode, InsightFilter.NONE).ifPresent(query -> {
            Figure figure = figure(query);
            text.append("| ").append(who).append(" | ").append(figure.suppressed() ? "c" : String.valueOf(figure.base()))
                    .append(" |\n");
        });
    }

    private static void sentence(StringBuilder text, String template, Optional<String> figure) {
        figure.ifPresent(words -> text.append(text.isEmpty() || text.charAt(text.length() - 1) == '\n' ? "" : " ")
                .append(String.format(Locale.UK, template, words)));
    }

    private static String priorityTitle(PriorityScore.Ranked priority) {
        return "Skills for " + priority.label().toLowerCase(Locale.UK) + " (SIC " + priority.sicSection() + ")";
    }
}
