package uk.skillsplan.response.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.skillsplan.response.Cell;
import uk.skillsplan.survey.OptionDefinition;
import uk.skillsplan.survey.QuestionDefinition;

/** Tick boxes, with "Other, please specify" and its text field when the question allows it. */
class MultipleChoiceEditor implements QuestionEditor {

    private final QuestionDefinition question;
    private final CheckboxGroup<String> boxes = new CheckboxGroup<>();
    private final TextField other = new TextField("Other: please say what");
    private final Div wrapper = new Div();

    MultipleChoiceEditor(QuestionDefinition question, List<OptionDefinition> options) {
        this.question = question;
        List<String> codes = new ArrayList<>(options.stream().map(OptionDefinition::code).toList());
        Map<String, String> labels = options.stream().collect(Collectors.toMap(OptionDefinition::code,
                OptionDefinition::label));
        if (question.allowOther()) {
            codes.add(QuestionDefinition.OTHER);
            labels.put(QuestionDefinition.OTHER, "Other, please specify");
        }
        boxes.setItems(codes);
        boxes.setItemLabelGenerator(labels::get);
        boxes.setLabel(QuestionEditors.label(question));
        if (question.help() != null) {
            boxes.setHelperText(question.help());
        }
        boxes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        boxes.setRequiredIndicatorVisible(question.required());
        boxes.setId("q-" + question.code());
        other.setMaxLength(question.otherLimit());
        other.setVisible(false);
        other.setWidthFull();
        boxes.addValueChangeListener(e -> other.setVisible(e.getValue().contains(QuestionDefinition.OTHER)));
        wrapper.add(boxes, other);
        wrapper.addClassName("sp-question");
    }

    @Override
    public QuestionDefinition question() {
        return question;
    }

    @Override
    public Component component() {
        return wrapper;
    }

    @Override
    public List<Cell> value() {
        List<Cell> cells = new ArrayList<>();
        for (String code : boxes.getValue()) {
            cells.add(QuestionDefinition.OTHER.equals(code) ? Cell.other(other.getValue()) : Cell.choice(code));
        }
        return cells;
    }

    @Override
    public void setValue(List<Cell> cells) {
        Set<String> chosen = cells.stream().map(Cell::rowKey).collect(Collectors.toCollection(LinkedHashSet::new));
        boxes.setValue(chosen);
        other.setValue(cells.stream().filter(c -> QuestionDefinition.OTHER.equals(c.rowKey())).map(Cell::text)
                .filter(t -> t != null).findFirst().orElse(""));
        other.setVisible(chosen.contains(QuestionDefinition.OTHER));
    }

    @Override
    public void showError(String message) {
        boxes.setErrorMessage(message);
        boxes.setInvalid(message != null);
    }

    @Override
    public void onChange(Runnable listener) {
        boxes.addValueChangeListener(e -> {
            // Ticking "Other" waits for its text; everything else saves at once.
            boolean otherJustTicked = e.getValue().contains(QuestionDefinition.OTHER)
                    && !e.getOldValue().contains(QuestionDefinition.OTHER);
            if (e.isFromClient() && !otherJustTicked) {
                listener.run();
            }
        });
        other.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.run();
            }
        });
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        boxes.setReadOnly(readOnly);
        other.setReadOnly(readOnly);
    }

}
