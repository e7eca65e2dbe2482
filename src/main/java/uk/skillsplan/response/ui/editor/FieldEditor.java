package uk.skillsplan.response.ui.editor;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.List;
import java.util.function.Function;
import uk.skillsplan.response.Cell;
import uk.skillsplan.survey.QuestionDefinition;

/** A question answered with one Vaadin field: converts the field's value to and from cells. */
class FieldEditor<C extends AbstractField<C, V> & HasValidation & HasLabel & HasHelper, V> implements QuestionEditor {

    private final QuestionDefinition question;
    private final C field;
    private final Function<V, List<Cell>> toCells;
    private final Function<List<Cell>, V> fromCells;

    FieldEditor(QuestionDefinition question, C field, Function<V, List<Cell>> toCells, Function<List<Cell>, V> fromCells) {
        this.question = question;
        this.field = field;
        this.toCells = toCells;
        this.fromCells = fromCells;
        field.setLabel(QuestionEditors.label(question));
        if (question.help() != null) {
            field.setHelperText(question.help());
        }
        field.setRequiredIndicatorVisible(question.required());
        field.setId("q-" + question.code());
        // The server checks every answer when it is saved and its verdict is shown next to the field
        // (showError); Vaadin's own checks would only be overruled by it, and cost memory on every page.
        field.setManualValidation(true);
    }

    @Override
    public QuestionDefinition question() {
        return question;
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public List<Cell> value() {
        V value = field.getValue();
        return value == null ? List.of() : toCells.apply(value);
    }

    @Override
    public void setValue(List<Cell> cells) {
        V value = fromCells.apply(cells);
        if (value == null) {
            field.clear();
        } else {
            field.setValue(value);
        }
    }

    @Override
    public void showError(String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }

    @Override
    public void onChange(Runnable listener) {
        field.addValueChangeListener((HasValue.ValueChangeEvent<V> event) -> {
            if (event.isFromClient()) {
                listener.run();
            }
        });
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }
}
