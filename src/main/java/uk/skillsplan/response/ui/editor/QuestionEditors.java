package uk.skillsplan.response.ui.editor;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.directory.SocGroup;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.answering.OptionCatalogue;
import uk.skillsplan.survey.OptionDefinition;
import uk.skillsplan.survey.QuestionDefinition;

/** Makes the right input for each question type. */
public final class QuestionEditors {

    /** Above this many options a drop-down with search is easier than radio buttons. */
    private static final int MAX_RADIO_OPTIONS = 8;

    private final OptionCatalogue options;
    private final ReferenceDataService referenceData;
    private final String lsipCode;

    public QuestionEditors(OptionCatalogue options, ReferenceDataService referenceData, String lsipCode) {
        this.options = options;
        this.referenceData = referenceData;
        this.lsipCode = lsipCode;
    }

    public QuestionEditor create(QuestionDefinition question, List<OptionDefinition> gridRows) {
        return switch (question.type()) {
            case SINGLE_CHOICE, YES_NO -> singleChoice(question, options.options(question, lsipCode));
            case MULTIPLE_CHOICE -> new MultipleChoiceEditor(question, options.options(question, lsipCode));
            case INTEGER -> integer(question);
            case DECIMAL -> decimal(question);
            case TEXT -> text(question);
            case RATING -> rating(question);
            case OCCUPATION -> occupation(question);
            case OCCUPATION_GRID -> new GridEditor(question, gridRows);
        };
    }

    /** The rows of a grid: SOC major groups, or the occupations chosen in its source question. */
    public List<OptionDefinition> gridRows(QuestionDefinition grid, Set<String> chosenOccupations) {
        if (grid.rows().socMajorGroups()) {
            return options.socMajorGroups();
        }
        return chosenOccupations.stream().sorted().map(code -> new OptionDefinition(code, options.occupationLabel(code)))
                .toList();
    }

    static String label(QuestionDefinition question) {
        return question.text() + (question.required() ? "" : " (optional)");
    }

    /**
     * Labels come from the shared, immutable option list (no map per page). Each radio button's
     * label is a plain text node: the default text renderer wraps every label in a component of
     * its own, one more state node per option on every open page (docs/benchmarks.md).
     */
    private QuestionEditor singleChoice(QuestionDefinition question, List<OptionDefinition> choices) {
        List<String> codes = choices.stream().map(OptionDefinition::code).toList();
        if (codes.size() > MAX_RADIO_OPTIONS) {
            ComboBox<String> combo = new ComboBox<>();
            combo.setItems(codes);
            combo.setItemLabelGenerator(code -> OptionCatalogue.label(choices, code));
            combo.setWidthFull();
            return new FieldEditor<>(question, combo, code -> List.of(Cell.option(code)), QuestionEditors::firstOption);
        }
        RadioButtonGroup<String> radios = new RadioButtonGroup<>();
        radios.setItems(codes);
        radios.setRenderer(new ComponentRenderer<>(code -> new Text(OptionCatalogue.label(choices, code))));
        if (codes.size() > 2) {
            radios.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        }
        return new FieldEditor<>(question, radios, code -> List.of(Cell.option(code)), QuestionEditors::firstOption);
    }

    private QuestionEditor integer(QuestionDefinition question) {
        IntegerField field = new IntegerField();
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        FieldEditor<IntegerField, Integer> editor = new FieldEditor<>(question, field,
                value -> List.of(Cell.number(value)), cells -> number(cells) == null ? null : number(cells).intValue());
        field.setHelperText(join(question.help(), rangeText(question.min(), question.max(), question.unit())));
        return editor;
    }

    private QuestionEditor decimal(QuestionDefinition question) {
        BigDecimalField field = new BigDecimalField();
        FieldEditor<BigDecimalField, BigDecimal> editor = new FieldEditor<>(question, field,
                value -> List.of(Cell.number(value)), QuestionEditors::number);
        field.setHelperText(join(question.help(), rangeText(question.min(), question.max(), question.unit())));
        return editor;
    }

    private QuestionEditor text(QuestionDefinition question) {
        if (question.multiline()) {
            TextArea area = new TextArea();
            area.setMaxLength(question.maxLength());
            area.setWidthFull();
            area.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            return new FieldEditor<>(question, area, value -> value.isBlank() ? List.of() : List.of(Cell.text(value)),
                    cells -> cells.isEmpty() ? "" : cells.getFirst().text());
        }
        TextField field = new TextField();
        field.setMaxLength(question.maxLength());
        field.setWidthFull();
        return new FieldEditor<>(question, field, value -> value.isBlank() ? List.of() : List.of(Cell.text(value)),
                cells -> cells.isEmpty() ? "" : cells.getFirst().text());
    }

    private QuestionEditor rating(QuestionDefinition question) {
        RadioButtonGroup<Integer> radios = new RadioButtonGroup<>();
        var scale = question.scale();
        radios.setItems(IntStream.rangeClosed(scale.min(), scale.max()).boxed().toList());
        radios.setItemLabelGenerator(value -> value == scale.min() ? value + " - " + scale.minLabel()
                : value == scale.max() ? value + " - " + scale.maxLabel() : String.valueOf(value));
        radios.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        return new FieldEditor<>(question, radios, value -> List.of(Cell.number(value)),
                cells -> number(cells) == null ? null : number(cells).intValue());
    }

    private QuestionEditor occupation(QuestionDefinition question) {
        MultiSelectComboBox<SocGroup> picker = new MultiSelectComboBox<>();
        // The search returns the best matches only; later pages of the drop-down stay empty.
        picker.setItems(query -> query.getOffset() > 0 ? java.util.stream.Stream.empty()
                : referenceData.searchOccupations(query.getFilter().orElse(""), query.getLimit()).stream());
        picker.setItemLabelGenerator(SocGroup::label);
        picker.setWidthFull();
        picker.setPlaceholder("Type a job title or a 4-digit SOC code");
        FieldEditor<MultiSelectComboBox<SocGroup>, Set<SocGroup>> editor = new FieldEditor<>(question, picker,
                chosen -> chosen.stream().map(g -> Cell.choice(g.code())).toList(),
                cells -> cells.stream().map(c -> referenceData.occupation(c.rowKey()).orElse(null))
                        .filter(g -> g != null).collect(Collectors.toSet()));
        picker.setHelperText(join(question.help(), "Choose up to " + question.selectionLimit() + "."));
        return editor;
    }

    private static String firstOption(List<Cell> cells) {
        return cells.isEmpty() ? null : cells.getFirst().option();
    }

    private static BigDecimal number(List<Cell> cells) {
        return cells.isEmpty() || cells.getFirst().number() == null ? null : cells.getFirst().number().stripTrailingZeros();
    }

    private static String rangeText(BigDecimal min, BigDecimal max, String unit) {
        return "A number from " + plain(min) + " to " + plain(max)
                + (unit == null ? "" : " (" + unit + ")") + ".";
    }

    private static String join(String help, String extra) {
        return help == null ? extra : help + " " + extra;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

}
