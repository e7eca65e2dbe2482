package uk.skillsplan.response.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.answering.OptionCatalogue;
import uk.skillsplan.survey.OptionDefinition;
import uk.skillsplan.survey.QuestionDefinition;

/** Tick boxes, with "Other, please specify" and its text field when the question allows it. */
class MultipleChoiceEditor implements QuestionEditor {

    private final QuestionDefinition question;
    private final CheckboxGroup<String> boxes = new CheckboxGroup<>();
    /** "Other: please say what", only for questions that allow another answer (none otherwise: no hidden field per page). */
    private final TextField other;
    private final Div wrapper = new Div();

    MultipleChoiceEditor(QuestionDefinition question, List<OptionDefinition> options) {
        this.question = question;
        List<String> codes = new ArrayList<>(options.stream().map(OptionDefinition::code).toList());
        if (question.allowOther()) {
            codes.add(QuestionDefinition.OTHER);
        }
        boxes.setItems(codes);
        // Labels from the shared, immutable option list: no map per page.
        boxes.setItemLabelGenerator(code -> QuestionDefinition.OTHER.equals(code) ? "Other, please specify"
                : OptionCatalogue.label(options, code));
        boxes.setLabel(QuestionEditors.label(question));
        if (question.help() != null) {
            boxes.setHelperText(question.help());
        }
        boxes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        boxes.setRequiredIndicatorVisible(question.required());
        boxes.setId("q-" + question.code());
        boxes.setManualValidation(true); // the server's verdict is shown instead (FieldEditor)
        wrapper.add(boxes);
        if (question.allowOther()) {
            other = new TextField("Other: please say what");
            other.setMaxLength(question.otherLimit());
            other.setVisible(false);
            other.setWidthFull();
            boxes.addValueChangeListener(e -> other.setVisible(e.getValue().contains(QuestionDefinition.OTHER)));
            wrapper.add(other);
        } else {
            other = null;
        }
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
            cells.add(QuestionDefinition.OTHER.equals(code) && other != null ? Cell.other(other.getValue()) : Cell.choice(code));
        }
        return cells;
    }

    @Override
    public void setValue(List<Cell> cells) {
        Set<String> chosen = cells.stream().map(Cell::rowKey).collect(Collectors.toCollection(LinkedHashSet::new));
        boxes.setValue(chosen);
        if (other != null) {
            other.setValue(cells.stream().filter(c -> QuestionDefinition.OTHER.equals(c.rowKey())).map(Cell::text)
                    .filter(t -> t != null).findFirst().orElse(""));
            other.setVisible(chosen.contains(QuestionDefinition.OTHER));
        }
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
        if (other != null) {
            other.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    listener.run();
                }
            });
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        boxes.setReadOnly(readOnly);
        if (other != null) {
            other.setReadOnly(readOnly);
        }
    }

}
