package uk.skillsplan.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.skillsplan.base.ValidationException;

/**
 * Shows a service's {@link ValidationException} next to the fields it names. Fields are
 * registered under the same names the service uses; a message for no registered field goes to
 * the form-level message area.
 */
public final class FieldErrorBinder {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Paragraph formMessage = new Paragraph();

    public FieldErrorBinder() {
        formMessage.addClassName("sp-form-error");
        formMessage.getElement().setAttribute("role", "alert");
        formMessage.setVisible(false);
    }

    public FieldErrorBinder field(String name, HasValidation component) {
        fields.put(name, component);
        return this;
    }

    /** The area for messages that belong to the whole form; add it to the form. */
    public Paragraph formMessage() {
        return formMessage;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        formMessage.setText("");
        formMessage.setVisible(false);
    }

    public void show(ValidationException problem) {
        clear();
        StringBuilder other = new StringBuilder();
        problem.fieldErrors().forEach((name, message) -> {
            HasValidation field = fields.get(name);
            if (field == null) {
                other.append(other.isEmpty() ? "" : " ").append(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        if (!other.isEmpty()) {
            formMessage.setText(other.toString());
            formMessage.setVisible(true);
        }
    }
}
