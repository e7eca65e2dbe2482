package uk.skillsplan.response.ui.editor;

import com.vaadin.flow.component.Component;
import java.util.List;
import uk.skillsplan.response.Cell;
import uk.skillsplan.survey.QuestionDefinition;

/**
 * The input for one question: shows stored cells, turns what the person entered into cells, and
 * shows the server's verdict next to itself.
 */
public interface QuestionEditor {

    QuestionDefinition question();

    Component component();

    /** What the person has entered, as answer cells (empty = no answer). */
    List<Cell> value();

    void setValue(List<Cell> cells);

    /** Shows a message next to the input; {@code null} clears it. */
    void showError(String message);

    /** Called when the person has finished changing the answer (so it can be saved). */
    void onChange(Runnable listener);

    void setReadOnly(boolean readOnly);
}
