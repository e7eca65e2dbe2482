package uk.skillsplan.response.answering;

import uk.skillsplan.response.Answers;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.skillsplan.survey.ColumnDefinition;
import uk.skillsplan.survey.OptionDefinition;
import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.QuestionnaireDefinition;
import uk.skillsplan.survey.RuleDefinition;
import uk.skillsplan.survey.SectionDefinition;

/**
 * Checks answers against a questionnaire version: each question's type, range, length and
 * options, whether it is shown at all, and the cross-field rules. The same checks serve the form,
 * the import and submission, so no way in is more lenient than another.
 */
public final class AnswerValidator {

    private final QuestionnaireDefinition definition;
    private final OptionCatalogue options;
    private final String lsipCode;

    public AnswerValidator(QuestionnaireDefinition definition, OptionCatalogue options, String lsipCode) {
        this.definition = definition;
        this.options = options;
        this.lsipCode = lsipCode;
    }

    public QuestionnaireDefinition definition() {
        return definition;
    }

    /** Whether a question is shown, given the other answers (a hidden question's parent hides it too). */
    public boolean isShown(QuestionDefinition question, Answers answers) {
        if (question.showIf() == null) {
            return true;
        }
        QuestionDefinition parent = definition.question(question.showIf().question()).orElse(null);
        if (parent == null || !isShown(parent, answers)) {
            return false;
        }
        Set<String> chosen = answers.chosen(parent.code());
        return question.showIf().anyOf().stream().anyMatch(chosen::contains);
    }

    /** Questions that the given answers hide but that still hold answers. */
    public Set<String> hiddenButAnswered(Answers answers) {
        Set<String> hidden = new HashSet<>();
        definition.questions().filter(q -> answers.has(q.code()) && !isShown(q, answers))
                .forEach(q -> hidden.add(q.code()));
        return hidden;
    }

    /** The problem with one question's answer, in the context of the other answers; empty if fine. */
    public Optional<String> check(QuestionDefinition question, List<Cell> cells, Answers answers) {
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        if (!isShown(question, answers)) {
            return Optional.of("This question does not apply, given your earlier answers, so it cannot be answered.");
        }
        return Optional.ofNullable(switch (question.type()) {
            case SINGLE_CHOICE, YES_NO -> single(question, cells);
            case MULTIPLE_CHOICE -> multiple(question, cells);
            case INTEGER, DECIMAL -> scalarNumber(cells, question.min(), question.max(), question.decimalPlaces(), question.unit());
            case RATING -> scalarNumber(cells, BigDecimal.valueOf(question.scale().min()),
                    BigDecimal.valueOf(question.scale().max()), 0, null);
            case TEXT -> text(cells, question.maxLength());
            case OCCUPATION -> occupations(question, cells);
            case OCCUPATION_GRID -> grid(question, cells, answers);
        });
    }

    /** The first cross-field rule reading this question that the answers break; empty if none. */
    public Optional<String> brokenRule(String questionCode, Answers answers) {
        return definition.rulesReading(questionCode).stream().map(rule -> broken(rule, answers))
                .flatMap(Optional::stream).findFirst();
    }

    /** Everything that stops submission: missing required answers, invalid answers, broken rules. */
    public List<Problem> problems(Answers answers) {
        List<Problem> problems = new ArrayList<>();
        for (SectionDefinition section : definition.sections()) {
            for (QuestionDefinition question : section.questions()) {
                List<Cell> cells = answers.cells(question.code());
                if (!isShown(question, answers)) {
                    if (!cells.isEmpty()) {
                        problems.add(new Problem(section.code(), question.code(),
                                "This question does not apply, given your earlier answers; remove its answer."));
                    }
                    continue;
                }
                if (cells.isEmpty()) {
                    if (question.required()) {
                        problems.add(new Problem(section.code(), question.code(), "Answer this question: \""
                                + question.text() + "\""));
                    }
                    continue;
                }
                check(question, cells, answers).ifPresent(m -> problems.add(new Problem(section.code(), question.code(), m)));
            }
        }
        for (RuleDefinition rule : definition.rules()) {
            String code = rule.isGridRule() ? rule.gridCode() : rule.left();
            broken(rule, answers).ifPresent(message -> problems.add(new Problem(
                    definition.sectionOf(code).map(SectionDefinition::code).orElse(""), code, message)));
        }
        return problems;
    }

    private Optional<String> broken(RuleDefinition rule, Answers answers) {
        if (rule.isGridRule()) {
            for (Cell cell : answers.cells(rule.gridCode())) {
                if (!cell.columnKey().equals(rule.leftColumn()) || cell.number() == null) {
                    continue;
                }
                Optional<BigDecimal> right = answers.gridValue(rule.gridCode(), cell.rowKey(), rule.rightColumn());
                if (right.isPresent() && cell.number().compareTo(right.get()) > 0) {
                    return Optional.of(rule.message() + " (row " + rowLabel(cell.rowKey()) + ": " + plain(cell.number())
                            + " is more than " + plain(right.get()) + ")");
                }
            }
            return Optional.empty();
        }
        Optional<BigDecimal> left = answers.number(rule.left());
        Optional<BigDecimal> right = answers.number(rule.right());
        if (left.isPresent() && right.isPresent() && left.get().compareTo(right.get()) > 0) {
            return Optional.of(rule.message() + " (" + plain(left.get()) + " is more than " + plain(right.get()) + ")");
        }
        return Optional.empty();
    }

    private String single(QuestionDefinition question, List<Cell> cells) {
        if (cells.size() != 1 || cells.getFirst().option() == null || !cells.getFirst().rowKey().isEmpty()) {
            return "Choose one answer.";
        }
        return codes(question).contains(cells.getFirst().option()) ? null
                : "\"" + cells.getFirst().option() + "\" is not one of the answers offered.";
    }

    private String multiple(QuestionDefinition question, List<Cell> cells) {
        Set<String> allowed = codes(question);
        Set<String> seen = new HashSet<>();
        int chosen = 0;
        for (Cell cell : cells) {
            if (!seen.add(cell.rowKey())) {
                return "Each answer can be chosen once.";
            }
            if (QuestionDefinition.OTHER.equals(cell.rowKey()) && question.allowOther()) {
                if (cell.text() == null || cell.text().isBlank()) {
                    return "Say what the other answer is, or untick \"Other\".";
                }
                if (cell.text().length() > question.otherLimit()) {
                    return "Keep the other answer to " + question.otherLimit() + " characters (it has "
                            + cell.text().length() + ").";
                }
            } else if (!allowed.contains(cell.rowKey()) || !cell.rowKey().equals(cell.option())) {
                return "\"" + cell.rowKey() + "\" is not one of the answers offered.";
            }
            chosen++;
        }
        return chosen > question.selectionLimit() ? "Choose at most " + question.selectionLimit() + " answers." : null;
    }

    private String occupations(QuestionDefinition question, List<Cell> cells) {
        if (cells.size() > question.selectionLimit()) {
            return "Choose at most " + question.selectionLimit() + (question.selectionLimit() == 1 ? " occupation." : " occupations.");
        }
        Set<String> seen = new HashSet<>();
        for (Cell cell : cells) {
            if (!options.isOccupation(cell.rowKey()) || !seen.add(cell.rowKey())) {
                return "\"" + cell.rowKey() + "\" is not a SOC 2020 occupation code (4 digits), or it is chosen twice.";
            }
        }
        return null;
    }

    private String grid(QuestionDefinition question, List<Cell> cells, Answers answers) {
        Set<String> rows = new HashSet<>();
        if (question.rows().socMajorGroups()) {
            options.socMajorGroups().forEach(o -> rows.add(o.code()));
        } else {
            rows.addAll(answers.chosen(question.rows().fromQuestion()));
        }
        Set<String> seen = new HashSet<>();
        for (Cell cell : cells) {
            Optional<ColumnDefinition> column = question.column(cell.columnKey());
            if (!rows.contains(cell.rowKey()) || column.isEmpty() || !seen.add(cell.rowKey() + "/" + cell.columnKey())) {
                return "The table has no row \"" + cell.rowKey() + "\" and column \"" + cell.columnKey() + "\".";
            }
            String problem = number(cell.number(), column.get().min(), column.get().max(), column.get().decimalPlaces(), null);
            if (problem != null) {
                return column.get().label() + ", " + rowLabel(cell.rowKey()) + ": " + problem;
            }
        }
        return null;
    }

    private static String scalarNumber(List<Cell> cells, BigDecimal min, BigDecimal max, int decimals, String unit) {
        if (cells.size() != 1 || !cells.getFirst().rowKey().isEmpty() || cells.getFirst().number() == null) {
            return "Enter a number.";
        }
        return number(cells.getFirst().number(), min, max, decimals, unit);
    }

    static String number(BigDecimal value, BigDecimal min, BigDecimal max, int decimals, String unit) {
        if (value == null) {
            return "Enter a number.";
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            return decimals == 0 ? "Enter a whole number." : "Use at most " + decimals + " decimal places.";
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return "Enter a number from " + plain(min) + " to " + plain(max) + (unit == null ? "" : " " + unit) + ".";
        }
        return null;
    }

    private static String text(List<Cell> cells, int maxLength) {
        if (cells.size() != 1 || cells.getFirst().text() == null) {
            return "Enter some text.";
        }
        int length = cells.getFirst().text().length();
        return length > maxLength ? "Keep this to " + maxLength + " characters (it has " + length + ")." : null;
    }

    private Set<String> codes(QuestionDefinition question) {
        Set<String> codes = new HashSet<>();
        options.options(question, lsipCode).stream().map(OptionDefinition::code).forEach(codes::add);
        return codes;
    }

    private String rowLabel(String rowKey) {
        return options.socMajorGroups().stream().filter(o -> o.code().equals(rowKey)).map(OptionDefinition::label)
                .findFirst().orElse(rowKey);
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
