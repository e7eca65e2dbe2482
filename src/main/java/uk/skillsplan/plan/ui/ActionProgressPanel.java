package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.plan.ActionDraft;
import uk.skillsplan.plan.ActionItem;
import uk.skillsplan.plan.ActionNote;
import uk.skillsplan.plan.ActionRegisterService;
import uk.skillsplan.plan.ActionStatus;

/** The action chosen in the register: change its status, and add dated evidence of progress. */
class ActionProgressPanel extends Div {

    final H2 heading = new H2();
    final Paragraph summary = new Paragraph();
    final Select<ActionStatus> status = new Select<>();
    final Button saveStatus = new Button("Save the status");
    final DatePicker notedOn = new DatePicker("Date of the progress");
    final TextArea note = new TextArea("Progress made");
    final Button addNote = new Button("Add the note");
    final UnorderedList notes = new UnorderedList();
    private final FieldErrorBinder errors = new FieldErrorBinder();
    private final ActionRegisterService register;
    private final Runnable changed;
    private ActionItem action;

    ActionProgressPanel(ActionRegisterService register, Runnable changed) {
        this.register = register;
        this.changed = changed;
        addClassName("sp-action-progress");
        status.setLabel("Status");
        status.setItems(ActionStatus.settable());
        status.setItemLabelGenerator(ActionStatus::label);
        notedOn.setI18n(ActionRegisterView.isoDates());
        note.setMaxLength(2000);
        note.setWidthFull();
        errors.field("status", status).field("notedOn", notedOn).field("note", note);
        saveStatus.addClickListener(click -> saveStatus());
        addNote.addClickListener(click -> addNote());
        add(heading, summary, errors.formMessage(), status, saveStatus, notedOn, note, addNote, new Paragraph("Evidence of progress:"), notes);
        setVisible(false);
    }

    void show(ActionItem chosen) {
        errors.clear();
        if (chosen == null) {
            setVisible(false);
            return;
        }
        action = register.action(chosen.id());
        setVisible(true);
        heading.setText("Progress of \"" + action.title() + "\"");
        summary.setText(action.ownerName() + ", " + action.priorityTitle() + ". From " + action.startDate() + ", due "
                + action.dueDate() + ". Status: " + action.shownStatus().label() + ".");
        boolean may = register.mayChange(action);
        status.setValue(action.status());
        for (var part : new com.vaadin.flow.component.Component[] {status, saveStatus, notedOn, note, addNote}) {
            part.setVisible(may);
        }
        notedOn.setValue(register.today());
        notes.removeAll();
        var written = register.notes(action.id());
        if (written.isEmpty()) {
            notes.add(new ListItem("No notes yet."));
        }
        for (ActionNote n : written) {
            notes.add(new ListItem(n.notedOn() + ", " + n.authorName() + ": " + n.body()));
        }
    }

    private void saveStatus() {
        try {
            ActionItem saved = register.update(action.id(), action.version(), new ActionDraft(action.sicSection(),
                    action.ownerId(), action.title(), action.startDate(), action.dueDate(), status.getValue()));
            Notices.success("\"" + saved.title() + "\" is now " + saved.status().label().toLowerCase() + ".");
            changed.run();
            show(saved);
        } catch (ValidationException refused) {
            errors.show(refused);
        }
    }

    private void addNote() {
        try {
            register.addNote(action.id(), notedOn.getValue(), note.getValue());
            note.clear();
            Notices.success("The note is added.");
            changed.run();
            show(action);
        } catch (ValidationException refused) {
            errors.show(refused);
        }
    }
}
