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
import uk.skillsplan.base.ui.RouteIds;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.SectionText;
import uk.skillsplan.plan.StaleSectionException;
import uk.skillsplan.plan.collaboration.CollaborationService;
import uk.skillsplan.plan.collaboration.TextDiff;
import uk.skillsplan.plan.document.SafeMarkdown;
import uk.skillsplan.security.Roles;

/**
 * Edits one section in Markdown beside a live preview (Vaadin's free Markdown component, fed only
 * cleaned text). What is typed is kept on the server a second after each pause, so a refresh or a
 * lost connection loses nothing; a save on a stale version shows both texts side by side, the
 * difference, and an editable merge that starts from the person's text: nothing is overwritten.
 * Only the section's editors open it (its owner's people; the ERB lead and councils while shared).
 */
@Route("plans/sections/:sectionId/edit")
@RolesAllowed({Roles.PROVIDER, Roles.COUNCIL, Roles.ERB_LEAD, Roles.ADMIN})
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
    final TextArea merged = new TextArea("Merged text (edit it, then save)");
    final Button saveMerged = new Button("Save the merged text");
    private final FieldErrorBinder errors = new FieldErrorBinder();
    private final PlanService plans;
    private final CollaborationService collaboration;
    private SectionText section;
    private StaleSectionException pending;

    SectionEditorView(PlanService plans, CollaborationService collaboration) {
        this.plans = plans;
        this.collaboration = collaboration;
        merged.setWidthFull();
        merged.setMinHeight("14rem");
        saveMerged.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveMerged.addClickListener(click -> saveMerged(pending.current(), merged.getValue()));
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
        errors.field("body", text);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long sectionId = RouteIds.id(event.getRouteParameters(), "sectionId")
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
        if (!collaboration.ownership(sectionId).mayEdit()) {
            throw new org.springframework.security.access.AccessDeniedException("You may read this section but not change "
                    + "it: open it to comment or suggest an edit.");
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
        message.getElement().setAttribute("role", "alert");
        Div theirs = new Div(new H2("Their version " + stale.current().number() + " (saved by " + stale.current().savedBy()
                + ")"), PlanTexts.markdown(stale.current().body(), true));
        Div mine = new Div(new H2("Your text (not saved)"), PlanTexts.markdown(stale.mine(), true));
        Div sideBySide = new Div(theirs, mine);
        sideBySide.addClassName("sp-side-by-side");
        Div difference = new Div(new H2("What you changed compared with their version"),
                DiffText.of(TextDiff.words(stale.current().body(), stale.mine()), "Difference between their version and your text"));
        merged.setValue(stale.mine());
        merged.setHelperText("Starts as your text: bring in what you want to keep from theirs. Saving makes version "
                + (stale.current().number() + 1) + ".");
        pending = stale;
        Button useTheirs = new Button("Put their text in the merge", click -> merged.setValue(stale.current().body()));
        Button useMine = new Button("Put my text in the merge", click -> merged.setValue(stale.mine()));
        Button takeTheirs = new Button("Start again from their version", click -> {
            plans.discardWorkingDraft(section.sectionId());
            show(plans.section(section.sectionId()));
        });
        Button keepMine = new Button("Keep my text on top of their version", click -> {
            section = stale.current();
            about.setText("Your text now replaces version " + section.number() + " when you save.");
            conflict.removeAll();
        });
        Div mergeTools = new Div(saveMerged, useTheirs, useMine);
        mergeTools.addClassName("sp-toolbar");
        conflict.add(message, sideBySide, difference, new H2("Merge"), merged, mergeTools, new Div(takeTheirs, keepMine));
    }

    private void saveMerged(SectionText theirs, String text) {
        try {
            errors.clear();
            SectionText saved = plans.save(section.sectionId(), theirs.number(), text);
            show(saved);
            Notices.success("The merged text is saved as version " + saved.number() + ".");
        } catch (StaleSectionException again) {
            showConflict(again); // someone saved yet again: compare with theirs
        } catch (ValidationException refused) {
            errors.show(refused);
        }
    }
}
