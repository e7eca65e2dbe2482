package uk.skillsplan.survey.definition;

import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.QuestionType;
import uk.skillsplan.survey.QuestionnaireDefinition;
import uk.skillsplan.survey.RuleDefinition;
import uk.skillsplan.survey.SectionDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a questionnaire definition file and checks that it is complete and consistent, so that a
 * mistake in a file stops start-up with a precise message instead of confusing a respondent.
 */
public final class DefinitionReader {

    /** Question and section codes fit answer.question_code (40); option codes fit row_key (60), columns column_key (30). */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern OPTION_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]{0,59}");
    private static final Pattern COLUMN_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    /**
     * Stored versions are written by {@link #write}, which also writes derived values (such as a
     * rule's {@code gridRule}); reading them back ignores those. Definition files stay strict.
     */
    private static final JsonMapper STORED = JSON.rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private DefinitionReader() {
    }

    public static QuestionnaireDefinition read(InputStream json, String name) throws IOException {
        QuestionnaireDefinition definition;
        try {
            definition = JSON.readValue(json, QuestionnaireDefinition.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(name + ": " + e.getOriginalMessage(), e);
        }
        List<String> problems = check(definition);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(name + ": " + String.join("; ", problems));
        }
        return definition;
    }

    public static String write(QuestionnaireDefinition definition) {
        return JSON.writeValueAsString(definition);
    }

    /** Reads a definition stored by {@link #write}. */
    public static QuestionnaireDefinition parse(String json) {
        return STORED.readValue(json, QuestionnaireDefinition.class);
    }

    /** Everything wrong with a definition; empty if it is sound. */
    public static List<String> check(QuestionnaireDefinition definition) {
        List<String> problems = new ArrayList<>();
        if (definition.code() == null || !CODE.matcher(definition.code()).matches()) {
            problems.add("questionnaire code must look like EMPLOYER_CORE");
        }
        if (definition.version() < 1 || definition.audience() == null || blank(definition.title())
                || definition.sections() == null || definition.sections().isEmpty()) {
            problems.add("version, audience, title and sections are required");
            return problems;
        }
        Set<String> seen = new HashSet<>();
        Set<String> sections = new HashSet<>();
        for (SectionDefinition section : definition.sections()) {
            if (!sections.add(section.code()) || blank(section.title()) || section.questions() == null) {
                problems.add("section " + section.code() + " needs a unique code, a title and questions");
                continue;
            }
            for (QuestionDefinition question : section.questions()) {
                checkQuestion(question, seen, definition, problems);
                seen.add(question.code());
            }
        }
        for (RuleDefinition rule : definition.rules()) {
            checkRule(rule, definition, problems);
        }
        return problems;
    }

    private static void checkQuestion(QuestionDefinition q, Set<String> earlier, QuestionnaireDefinition definition,
                                      List<String> problems) {
        String at = "question " + q.code();
        if (q.code() == null || !CODE.matcher(q.code()).matches()) {
            problems.add(at + ": code must be upper case letters, digits and _");
        }
        if (earlier.contains(q.code())) {
            problems.add(at + ": code is used twice");
        }
        if (q.type() == null || blank(q.text())) {
            problems.add(at + ": type and text are required");
            return;
        }
        switch (q.type()) {
            case SINGLE_CHOICE -> require(q.options().isEmpty() == (q.optionSource() == null)
                    ? "give either options or an optionSource" : null, at, problems);
            case MULTIPLE_CHOICE -> require(q.options().isEmpty() ? "give options" : null, at, problems);
            case INTEGER, DECIMAL -> require(q.min() == null || q.max() == null || q.min().compareTo(q.max()) > 0
                    ? "give min <= max" : null, at, problems);
            case TEXT -> require(q.maxLength() == null || q.maxLength() < 1 ? "give maxLength" : null, at, problems);
            case RATING -> require(q.scale() == null || q.scale().min() >= q.scale().max() ? "give a scale" : null, at,
                    problems);
            case OCCUPATION_GRID -> {
                require(q.rows() == null || q.columns().isEmpty() ? "give rows and columns" : null, at, problems);
                if (q.rows() != null && !q.rows().socMajorGroups()) {
                    require(definition.question(q.rows().fromQuestion()).map(QuestionDefinition::type)
                            .filter(t -> t == QuestionType.OCCUPATION).isEmpty()
                            ? "rows.fromQuestion must name an occupation question" : null, at, problems);
                }
                q.columns().forEach(c -> require(c.code() == null || c.min() == null || c.max() == null
                        ? "every column needs code, min and max" : null, at, problems));
            }
            case YES_NO, OCCUPATION -> { }
        }
        q.options().stream().filter(o -> o.code() == null || !OPTION_CODE.matcher(o.code()).matches()
                || QuestionDefinition.OTHER.equals(o.code()) && q.type() == QuestionType.MULTIPLE_CHOICE || blank(o.label()))
                .forEach(o -> problems.add(at + ": option " + o.code() + " needs a code of up to 60 letters, digits "
                        + "or _ (not OTHER in a multiple choice) and a label"));
        q.columns().stream().filter(c -> c.code() != null && !COLUMN_CODE.matcher(c.code()).matches())
                .forEach(c -> problems.add(at + ": column code " + c.code() + " is too long or not upper case"));
        if (q.showIf() != null) {
            require(!earlier.contains(q.showIf().question()) || q.showIf().anyOf() == null || q.showIf().anyOf().isEmpty()
                    ? "showIf must name an earlier question and the codes that show this one" : null, at, problems);
        }
    }

    private static void checkRule(RuleDefinition rule, QuestionnaireDefinition definition, List<String> problems) {
        String at = "rule " + rule.left() + " " + rule.op() + " " + rule.right();
        if (!"LE".equals(rule.op()) || blank(rule.message())) {
            problems.add(at + ": op must be LE and a message is required");
            return;
        }
        if (rule.isGridRule()) {
            QuestionDefinition grid = definition.question(rule.gridCode()).orElse(null);
            boolean ok = grid != null && grid.type() == QuestionType.OCCUPATION_GRID
                    && rule.right().startsWith(rule.gridCode() + ".")
                    && grid.column(rule.leftColumn()).isPresent() && grid.column(rule.rightColumn()).isPresent();
            require(ok ? null : "grid rules compare two columns of the same grid", at, problems);
        } else {
            boolean ok = isNumber(definition, rule.left()) && isNumber(definition, rule.right());
            require(ok ? null : "both sides must be number questions", at, problems);
        }
    }

    private static boolean isNumber(QuestionnaireDefinition definition, String code) {
        return definition.question(code).map(q -> q.type() == QuestionType.INTEGER || q.type() == QuestionType.DECIMAL)
                .orElse(false);
    }

    private static void require(String problem, String at, List<String> problems) {
        if (problem != null) {
            problems.add(at + ": " + problem);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
