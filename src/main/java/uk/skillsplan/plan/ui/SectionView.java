package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import uk.skillsplan.base.ui.RouteIds;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.SectionText;
import uk.skillsplan.plan.collaboration.CollaborationService;
import uk.skillsplan.plan.collaboration.Comment;
import uk.skillsplan.plan.collaboration.CommentPage;
import uk.skillsplan.plan.collaboration.CommentThread;
import uk.skillsplan.plan.collaboration.Participant;
import uk.skillsplan.plan.collaboration.SectionOwnership;
import uk.skillsplan.plan.collaboration.Suggestion;
import uk.skillsplan.security.Roles;

/**
 * One section, worked on together: its text and owner, the suggested edits (each as a difference
 * against the current text, for the owner to accept or reject with a reason), a form to suggest an
 * edit, and the comment threads, 20 at a time with "show more", mentioning the organisations taking part.
 */
@Route("plans/sections/:sectionId")
@RolesAllowed({Roles.PROVIDER, Roles.COUNCIL, Roles.ERB_LEAD, Roles.ADMIN})
public class SectionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph owner = new Paragraph();
    final Select<Participant> ownerChoice = new Select<>();
    final Button assignOwner = new Button("Give the section to this owner");
    final Button shareOwner = new Button("Share it again (no owner)");
    final Div current = new Div();
    final Div suggestionList = new Div();
    final Div decidedList = new Div();
    final TextArea suggestionText = new TextArea("Your suggested text (Markdown)");
    final TextField suggestionNote = new TextField("Why (optional)");
    final Button sendSuggestion = new Button("Send the suggestion");
    final Paragraph suggestionClosed = new Paragraph();
    final TextArea commentText = new TextArea("Your comment");
    final MultiSelectComboBox<Participant> mentions = new MultiSelectComboBox<>("Mention organisations");
    final Button postComment = new Button("Post the comment");
    final Paragraph commentCount = new Paragraph();
    final Div threads = new Div();
    final Button showMore = new Button("Show more comments");
    private final FieldErrorBinder suggestionErrors = new FieldErrorBinder();
    private final FieldErrorBinder commentErrors = new FieldErrorBinder();
    private final PlanService plans;
    private final CollaborationService collaboration;
    private SectionText section;
    private SectionOwnership ownership;
    private List<Participant> participants = List.of();
    private int page;
    private int shownThreads;

    SectionView(PlanService plans, CollaborationService collaboration) {
        this.plans = plans;
        this.collaboration = collaboration;
        addClassName("sp-view");
        ownerChoice.setLabel("Owner");
        ownerChoice.setItemLabelGenerator(Participant::label);
        assignOwner.addClickListener(click -> assign(ownerChoice.getValue() == null ? null : ownerChoice.getValue().id()));
        shareOwner.addClickListener(click -> assign(null));
        suggestionText.setWidthFull();
        suggestionText.setMinHeight("12rem");
        suggestionText.setHelperText("Change the text as you would like it; the owner sees the difference and decides.");
        suggestionNote.setWidthFull();
        suggestionNote.setHelperText("At most " + CollaborationService.MAX_NOTE + " characters.");
        sendSuggestion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendSuggestion.addClickListener(click -> suggest());
        commentText.setWidthFull();
        commentText.setHelperText("Plain text, at most " + CollaborationService.MAX_COMMENT + " characters.");
        mentions.setItemLabelGenerator(Participant::label);
        mentions.setHelperText("The organisations you mention see the comment under \"Needs you\".");
        mentions.setWidthFull();
        postComment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        postComment.addClickListener(click -> postComment());
        showMore.addClickListener(click -> loadPage(page + 1));
        commentCount.getElement().setAttribute("aria-live", "polite");
        suggestionErrors.field("suggestion", suggestionText).field("note", suggestionNote);
        commentErrors.field("comment", commentText).field("mentions", mentions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long sectionId = RouteIds.id(event.getRouteParameters(), "sectionId")
                .orElseThrow(() -> new NotFoundException("There is no such plan section."));
        section = plans.section(sectionId);
        participants = collaboration.participants(section.planId());
        removeAll();
        Anchor back = new Anchor("plans/" + section.planId(), "Back to the plan");
        back.getElement().setAttribute("router-link", true);
        Anchor versions = new Anchor("plans/sections/" + sectionId + "/versions", "Versions and differences");
        versions.getElement().setAttribute("router-link", true);
        ownerChoice.setItems(participants);
        mentions.setItems(participants);
        Div ownerTools = new Div(ownerChoice, assignOwner, shareOwner);
        ownerTools.addClassName("sp-toolbar");
        Section suggest = new Section(new H2("Suggest an edit"), suggestionErrors.formMessage(), suggestionClosed,
                suggestionText, suggestionNote, sendSuggestion);
        Section discuss = new Section(new H2("Comments"), commentErrors.formMessage(), commentText, mentions, postComment,
                commentCount, threads, showMore);
        add(back, title, owner, ownerTools, new Div(versions), new H2("Current text"), current,
                new H2("Suggested edits"), suggestionList, decidedList, suggest, discuss);
        refresh();
        loadPage(0);
    }

    @Override
    public String getPageTitle() {
        return (section == null ? "Section" : section.title()) + " | SkillsPlan";
    }

    private void refresh() {
        section = plans.section(section.sectionId());
        ownership = collaboration.ownership(section.sectionId());
        title.setText(section.title());
        owner.setText("Owner: " + ownership.owner() + ". " + (ownership.mayEdit()
                ? "You edit this section and decide its suggested edits."
                : "You comment and suggest edits; the owner decides."));
        ownerChoice.setVisible(ownership.mayAssign());
        assignOwner.setVisible(ownership.mayAssign());
        shareOwner.setVisible(ownership.mayAssign() && ownership.ownerId() != null);
        participants.stream().filter(p -> ownership.ownerId() != null && p.id() == ownership.ownerId()).findFirst()
                .ifPresent(ownerChoice::setValue);
        current.removeAll();
        current.add(new Paragraph(section.number() == 0 ? "Nothing written yet." : "Version " + section.number() + ", "
                + section.note() + " by " + section.savedBy() + " on " + PlanTexts.when(section.savedAt()) + "."));
        if (!section.empty()) {
            current.add(PlanTexts.markdown(section.body(), true));
        }
        if (ownership.mayEdit()) {
            Anchor edit = new Anchor("plans/sections/" + section.sectionId() + "/edit", "Edit \"" + section.title() + "\"");
            edit.getElement().setAttribute("router-link", true);
            current.add(edit);
        }
        showSuggestions();
        suggestionText.setValue(section.body());
        suggestionNote.clear();
        boolean open = ownership.planEditable();
        suggestionText.setVisible(open);
        suggestionNote.setVisible(open);
        sendSuggestion.setVisible(open);
        suggestionClosed.setVisible(!open);
        suggestionClosed.setText("This plan is published, so it takes no more suggestions: comment instead.");
    }

    private void showSuggestions() {
        suggestionList.removeAll();
        List<Suggestion> open = collaboration.openSuggestions(section.sectionId());
        if (open.isEmpty()) {
            suggestionList.add(new Paragraph("No suggested edits wait for a decision."));
        }
        for (Suggestion suggestion : open) {
            suggestionList.add(suggestionCard(suggestion));
        }
        decidedList.removeAll();
        List<Suggestion> decided = collaboration.decidedSuggestions(section.sectionId());
        if (!decided.isEmpty()) {
            decidedList.add(new H3("Decided"));
            for (Suggestion s : decided) {
                decidedList.add(new Paragraph(s.author() + " (" + s.organisation() + "), " + PlanTexts.when(s.at()) + ": "
                        + s.status().label() + " by " + s.decidedBy() + " on " + PlanTexts.when(s.decidedAt())
                        + (s.resultNumber() == null ? "" : ", now version " + s.resultNumber())
                        + (s.reason() == null ? "" : ". Reason: " + s.reason()) + "."));
            }
        }
    }

    private Section suggestionCard(Suggestion suggestion) {
        Section card = new Section();
        card.addClassName("sp-suggestion");
        String heading = "Suggestion by " + suggestion.author() + " (" + suggestion.organisation() + ")";
        card.add(new H3(heading));
        card.add(new Paragraph(PlanTexts.when(suggestion.at()) + ". Made against version " + suggestion.baseNumber()
                + (suggestion.againstOlderVersion() ? ", an older version: the section is now at version "
                + suggestion.currentNumber() + ", so the difference below is against the current text and accepting "
                + "replaces it with the suggested text." : ", the current one.")
                + (suggestion.note().isBlank() ? "" : " Why: " + suggestion.note())));
        card.add(DiffText.of(suggestion.difference(), "Difference between the current text and the suggestion"));
        if (ownership.mayEdit()) {
            TextField reason = new TextField("Reason (needed to reject)");
            reason.setWidthFull();
            FieldErrorBinder errors = new FieldErrorBinder().field("reason", reason);
            Button accept = new Button("Accept as a new version", click -> {
                try {
                    SectionText saved = collaboration.accept(suggestion.id());
                    Notices.success("Accepted: the section is now at version " + saved.number() + ".");
                    refresh();
                } catch (ValidationException refused) {
                    errors.show(refused);
                }
            });
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.getElement().setAttribute("aria-label", "Accept the s" + heading.substring(1) + " as a new version");
            Button reject = new Button("Reject", click -> {
                try {
                    collaboration.reject(suggestion.id(), reason.getValue());
                    Notices.success("Rejected; the author sees your reason.");
                    refresh();
                } catch (ValidationException refused) {
                    errors.show(refused);
                }
            });
            reject.getElement().setAttribute("aria-label", "Reject the s" + heading.substring(1));
            Div tools = new Div(accept, reject);
            tools.addClassName("sp-toolbar");
            card.add(errors.formMessage(), reason, tools);
        }
        return card;
    }

    private void assign(Long organisationId) {
        try {
            collaboration.assignOwner(section.sectionId(), organisationId);
            Notices.success(organisationId == null ? "The section is shared again." : "The owner is recorded.");
            refresh();
        } catch (ValidationException refused) {
            Notices.error(String.join(" ", refused.fieldErrors().values()));
        }
    }

    private void suggest() {
        try {
            suggestionErrors.clear();
            collaboration.suggest(section.sectionId(), section.number(), suggestionText.getValue(), suggestionNote.getValue());
            Notices.success("Your suggestion is sent to the section's owner.");
            refresh();
        } catch (ValidationException refused) {
            suggestionErrors.show(refused);
        }
    }

    private void postComment() {
        try {
            commentErrors.clear();
            collaboration.comment(section.sectionId(), commentText.getValue(),
                    mentions.getValue().stream().map(Participant::id).toList());
            commentText.clear();
            mentions.clear();
            Notices.success("Your comment is posted.");
            reloadShown();
        } catch (ValidationException refused) {
            commentErrors.show(refused);
        }
    }

    /** Loads the next page of threads and adds it under those shown ("show more"). */
    private void loadPage(int next) {
        if (next == 0) {
            threads.removeAll();
            shownThreads = 0;
        }
        CommentPage loaded = collaboration.comments(section.sectionId(), next);
        page = next;
        loaded.threads().forEach(thread -> threads.add(threadView(thread)));
        shownThreads += loaded.threads().size();
        commentCount.setText(loaded.totalThreads() == 0 ? "No comments yet."
                : "Showing " + shownThreads + " of " + loaded.totalThreads() + (loaded.totalThreads() == 1 ? " thread." : " threads."));
        showMore.setVisible(loaded.more());
    }

    /** After a new comment or reply: the same number of pages again, so the person keeps their place. */
    private void reloadShown() {
        int pages = page;
        loadPage(0);
        for (int i = 1; i <= pages; i++) {
            loadPage(i);
        }
    }

    private Section threadView(CommentThread thread) {
        Section view = new Section();
        view.addClassName("sp-thread");
        view.add(commentView(thread.first(), false));
        thread.replies().forEach(reply -> view.add(commentView(reply, true)));
        if (thread.first().resolved()) {
            view.add(new Paragraph("Resolved by " + thread.first().resolvedBy() + " on " + PlanTexts.when(thread.first().resolvedAt()) + "."));
            return view;
        }
        TextArea replyText = new TextArea("Reply to " + thread.first().author());
        replyText.setWidthFull();
        FieldErrorBinder errors = new FieldErrorBinder().field("comment", replyText).field("reply", replyText);
        Button reply = new Button("Reply", click -> {
            try {
                collaboration.reply(thread.first().id(), replyText.getValue(), List.of());
                reloadShown();
            } catch (ValidationException refused) {
                errors.show(refused);
            }
        });
        reply.getElement().setAttribute("aria-label", "Reply to " + thread.first().author() + "'s comment");
        Div tools = new Div(reply);
        tools.addClassName("sp-toolbar");
        if (thread.mayResolve()) {
            Button resolve = new Button("Resolve", click -> {
                collaboration.resolve(thread.first().id());
                reloadShown();
            });
            resolve.getElement().setAttribute("aria-label", "Resolve " + thread.first().author() + "'s comment");
            tools.add(resolve);
        }
        view.add(errors.formMessage(), replyText, tools);
        return view;
    }

    private static Div commentView(Comment comment, boolean reply) {
        Div view = new Div();
        if (reply) {
            view.addClassName("sp-thread-reply");
        }
        Paragraph meta = new Paragraph(comment.author() + ", " + comment.organisation() + ", " + PlanTexts.when(comment.at())
                + (comment.mentions().isEmpty() ? "" : ". Mentions " + String.join(", ", comment.mentions())));
        meta.addClassName("sp-comment-meta");
        Paragraph body = new Paragraph(comment.body());
        body.getStyle().set("white-space", "pre-wrap");
        view.add(meta, body);
        return view;
    }

    List<String> shownCommentTexts() {
        List<String> texts = new ArrayList<>();
        threads.getChildren().forEach(thread -> texts.add(thread.getElement().getTextRecursively()));
        return texts;
    }
}
