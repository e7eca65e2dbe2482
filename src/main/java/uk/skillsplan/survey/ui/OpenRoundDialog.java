package uk.skillsplan.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.survey.NewRound;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.QuestionnaireVersionSummary;
import uk.skillsplan.survey.SurveyRoundService;

/** Opens a survey round in the ERB lead's area. */
class OpenRoundDialog extends Dialog {

    final TextField title = new TextField("Name of the round");
    final Select<QuestionnaireVersionSummary> questionnaire = new Select<>();
    final CheckboxGroup<OrganisationKind> audience = new CheckboxGroup<>("Who is asked to answer");
    final DatePicker opensOn = new DatePicker("Opens on");
    final DatePicker closesOn = new DatePicker("Closes on (last day for answers)");
    final Button save = new Button("Open the round");
    private final FieldErrorBinder errors = new FieldErrorBinder();

    OpenRoundDialog(SurveyRoundService rounds, QuestionnaireService questionnaires, Runnable onSaved) {
        setHeaderTitle("Open a survey round");
        // An example as help text, not as a placeholder: grey text in the box looked like a name
        // already given, right above the message asking for one.
        title.setRequired(true);
        title.setMaxLength(200);
        title.setHelperText("For example, Employer skills survey 2026");
        questionnaire.setLabel("Questionnaire");
        questionnaire.setItems(questionnaires.versions());
        questionnaire.setItemLabelGenerator(QuestionnaireVersionSummary::label);
        questionnaire.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                audience.setValue(EnumSet.of(e.getValue().audience()));
            }
        });
        audience.setItems(OrganisationKind.EMPLOYER, OrganisationKind.PROVIDER, OrganisationKind.COUNCIL);
        audience.setItemLabelGenerator(OrganisationKind::label);
        opensOn.setValue(rounds.today());
        closesOn.setHelperText("Respondents can change their answers until the end of this day");
        errors.field("title", title).field("questionnaireVersionId", questionnaire).field("audience", audience)
                .field("opensOn", opensOn).field("closesOn", closesOn);
        add(errors.formMessage(), new FormLayout(title, questionnaire, audience, opensOn, closesOn));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                var round = rounds.open(new NewRound(title.getValue(),
                        questionnaire.getValue() == null ? null : questionnaire.getValue().id(), audience.getValue(),
                        opensOn.getValue(), closesOn.getValue()));
                Notices.success("Opened " + round.title() + ".");
                onSaved.run();
                close();
            } catch (ValidationException problem) {
                errors.show(problem);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("min(40rem, 95vw)");
    }
}
