package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.SectionText;
import uk.skillsplan.plan.StaleSectionException;
import uk.skillsplan.plan.document.SafeMarkdown;
import uk.skillsplan.security.Roles;

/**
 * Edits one section in Markdown beside a live preview (Vaadin's free Markdown component, fed only
 * cleaned text). What is typed is kept on the server a second after each pause, so a refresh or a
 * lost connection loses nothing; a save on a stale version shows both texts and keeps the person's.
 */
@Route("plans/sections/:sectionId/edit")
@RolesAllowed({Roles.COUNCIL, Roles.ERB_LEAD, Roles.ADMIN})
public class SectionEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph about = new Paragraph();
    final Paragraph restored = new Paragraph();
    final TextArea text = new TextArea("Section text (Markdown)");
    final Markdown preview = new Markdown();
    final Button save = new Button("Save a new version");
    final Button discard = new Button("Discard my changes");
    final Div conflict = new Div();
    final Paragraph draftState = new Paragraph();
    private final FieldErrorBinder errors = new FieldErrorBinder();
    private final PlanService plans;
    private SectionText section;

    SectionEditorView(PlanService plans) {
        this.plans = plans;
        addClassName("sp-view");
        text.setHelperText("Markdown: ### for a heading, - for a list, **bold**, | a | b | for a table. HTML is shown as "
                + "typed, not run.");
        text.setWidthFull();
        text.setMinHeight("20rem");
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(1000);
        text.addValueChangeListener(change -> {
            if (change.isFromClient()) { // what the person typed, not the text this view put in
                typed(change.getValue());
            }
        });
        preview.addClassName("sp-plan-text");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        discard.addClickListener(click -> {
            plans.discardWorkingDraft(section.sectionId());
            show(plans.section(section.sectionId()));
            restored.setVisible(false);
            Notices.success("Your changes were discarded.");
        });
        restored.getElement().setAttribute("role", "status");
        draftState.getElement().setAttribute("aria-live", "polite");
        draftState.addClassName("sp-help");
        conflict.getElement().setAttribute("role", "alert");
        errors.field("body", text);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long sectionId = event.getRouteParameters().getLong("sectionId")
                .orElseThrow(() -> new NotFoundException("There is no such plan section."));
        section = plans.section(sectionId);
        if (plans.plan(section.planId()).status() == uk.skillsplan.plan.PlanStatus.PUBLISHED) {
            removeAll();
            Anchor back = new Anchor("plans/" + section.planId(), "Back to the plan");
            back.getElement().setAttribute("router-link", true);
            title.setText(section.title());
            Paragraph readOnly = new Paragraph("This plan is published and read-only, so this section cannot be changed. "
                    + "To change it, start a new edition on the plan's page: a new draft that starts from the published text.");
            readOnly.getElement().setAttribute("role", "alert");
            add(back, title, readOnly, PlanTexts.markdown(section.body(), true));
            return;
        }
        if (!plans.permissions(section.planId()).edit()) {
            throw new org.springframework.security.access.AccessDeniedException("You may read this plan but not change it.");
        }
        removeAll();
        Anchor back = new Anchor("plans/" + section.planId(), "Back to the plan");
        back.getElement().setAttribute("router-link", true);
        Div toolbar = new Div(save, discard);
        toolbar.addClassName("sp-toolbar");
        Div editor = new Div(text);
        editor.addClassName("sp-plan-editor-input");
        Div previewPane = new Div(new H2("Preview"), preview);
        previewPane.addClassName("sp-plan-editor-preview");
        Div panes = new Div(editor, previewPane);
        panes.addClassName("sp-plan-editor");
        add(back, title, about, restored, errors.formMessage(), conflict, panes, draftState, toolbar);
        show(section);
        plans.workingDraft(sectionId).filter(draft -> !draft.body().equals(section.body())).ifPresent(draft -> {
            text.setValue(draft.body());
            preview.setContent(SafeMarkdown.markdown(draft.body(), true));
            restored.setText("Your unsaved changes from " + PlanTexts.when(draft.savedAt()) + " were restored (started from "
                    + "version " + draft.baseNumber() + "). Save them, or discard them to go back to version "
                    + section.number() + ".");
            restored.setVisible(true);
        });
    }

    @Override
    public String getPageTitle() {
        return "Edit " + (section == null ? "section" : section.title()) + " | SkillsPlan";
    }

    private void show(SectionText current) {
        section = current;
        title.setText("Edit: " + current.title());
        about.setText(current.number() == 0 ? "Nothing saved yet." : "Version " + current.number() + ", saved by "
                + current.savedBy() + " on " + PlanTexts.when(current.savedAt()) + ".");
        restored.setVisible(false);
        conflict.removeAll();
        text.setValue(current.body());
        preview.setContent(SafeMarkdown.markdown(current.body(), true));
        draftState.setText("");
    }

    private void typed(String value) {
        preview.setContent(SafeMarkdown.markdown(value, true));
        try {
            plans.keepWorkingDraft(section.sectionId(), section.number(), value);
            draftState.setText("Your changes are kept (not saved as a version yet).");
        } catch (ValidationException refused) {
            errors.show(refused);
        }
    }

    private void save() {
        try {
            errors.clear();
            SectionText saved = plans.save(section.sectionId(), section.number(), text.getValue());
            show(saved);
            Notices.success("Saved as version " + saved.number() + ".");
        } catch (StaleSectionException stale) {
            showConflict(stale);
        } catch (ValidationException refused) {
            errors.show(refused);
        }
    }

    /** Both texts side by side; the person's stays in the editor and on the server, nothing is overwritten. */
    private void showConflict(StaleSectionException stale) {
        conflict.removeAll();
        conflict.addClassName("sp-plan-conflict");
        Paragraph message = new Paragraph(stale.getMessage());
        Div theirs = new Div(new H2("Their version " + stale.current().number()), PlanTexts.markdown(stale.current().body(), true));
        Button takeTheirs = new Button("Start again from their version", click -> {
            plans.discardWorkingDraft(section.sectionId());
            show(plans.section(section.sectionId()));
        });
        Button keepMine = new Button("Keep my text on top of their version", click -> {
            section = stale.current();
            about.setText("Your text now replaces version " + section.number() + " when you save.");
            conflict.removeAll();
        });
        conflict.add(message, theirs, new Div(takeTheirs, keepMine));
    }
}
