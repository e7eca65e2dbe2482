package uk.skillsplan.response.ui;

import uk.skillsplan.base.ui.RouteIds;
import uk.skillsplan.base.Dates;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.Incidents;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.response.answering.OptionCatalogue;
import uk.skillsplan.response.ResponseForm;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.response.SaveResult;
import uk.skillsplan.response.ui.editor.QuestionEditor;
import uk.skillsplan.response.ui.editor.QuestionEditors;
import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.SectionDefinition;

/**
 * Answering a survey, one section at a time, with a contents list and progress. Every change is
 * saved on the server straight away (so closing the browser loses nothing, and signing in
 * elsewhere resumes at the same section); the server's verdict appears next to the question.
 * The last step reviews every answer before submitting. Access is checked by ResponseService.
 */
@Route("response/:responseId")
@PermitAll
public class ResponseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String REVIEW = "REVIEW";
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm")
            .withZone(ZoneId.of("Europe/London"));
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/London"));

    final ResponseService responses;
    final OptionCatalogue options;
    final ReferenceDataService referenceData;
    final H1 title = new H1();
    final Paragraph status = new Paragraph();
    final Span saveState = new Span();
    static final int NARROW_SCREEN_PX = 700;
    final Nav contents = new Nav();
    final Details contentsPanel = new Details("Sections and progress", contents);
    final Section main = new Section();
    final Map<String, QuestionEditor> editors = new LinkedHashMap<>();
    ResponseForm form;
    String section;
    private QuestionEditors editorFactory;

    ResponseView(ResponseService responses, OptionCatalogue options, ReferenceDataService referenceData) {
        this.responses = responses;
        this.options = options;
        this.referenceData = referenceData;
        addClassName("sp-view");
        saveState.getElement().setAttribute("aria-live", "polite");
        saveState.addClassName("sp-save-state");
        contents.addClassName("sp-contents");
        contents.getElement().setAttribute("aria-label", "Sections of this survey");
        main.addClassName("sp-survey-section");
        // On a phone the contents list would fill the first screen: it starts folded there.
        contentsPanel.setOpened(true);
        contentsPanel.addClassName("sp-contents-panel");
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(client -> {
            if (client.getWindowInnerWidth() < NARROW_SCREEN_PX) {
                contentsPanel.setOpened(false);
            }
        }));
        Div body = new Div(contentsPanel, main);
        body.addClassName("sp-survey");
        add(title, status, saveState, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event.getRouteParameters(), "responseId")
                .orElseThrow(() -> new NotFoundException("There is no such response."));
        form = responses.open(id);
        editorFactory = new QuestionEditors(options, referenceData, form.round().lsipCode());
        // A contents link opened on its own (a new tab, or without scripts) names its section.
        String asked = event.getLocation().getQueryParameters().getSingleParameter(SECTION_PARAMETER).orElse(null);
        if (isSection(asked) && !asked.equals(form.response().currentSection())) {
            responses.moveTo(id, asked);
            form = responses.open(id);
        }
        String resume = form.response().currentSection();
        section = isSection(resume) ? resume : form.questionnaire().sections().getFirst().code();
        render();
    }

    private boolean isSection(String code) {
        return code != null && (REVIEW.equals(code) || form.questionnaire().section(code).isPresent());
    }

    @Override
    public String getPageTitle() {
        return (form == null ? "Survey" : form.questionnaire().title()) + " | SkillsPlan";
    }

    /**
     * Moves focus to the new section's heading (the button pressed went with the old section, which
     * would leave keyboard and screen-reader users at the top of the page) and brings the heading
     * into view when it is not (on a phone the contents list comes first and fills the screen).
     */
    private static final String FOCUS_HEADING = """
            const heading = this.querySelector('h2');
            if (heading) {
              heading.tabIndex = -1;
              heading.focus({preventScroll: true});
              const top = heading.getBoundingClientRect().top;
              if (top < 0 || top > window.innerHeight * 0.6) {
                heading.scrollIntoView({block: 'start'});
              }
            }""";

    /** Puts focus back on the answer just given after its section was drawn again (once the new inputs exist). */
    private static final String FOCUS_ANSWER = """
            setTimeout(() => {
              const input = this.querySelector('input:checked') || this.querySelector('input, textarea');
              (input || this).focus();
            });""";

    void goTo(String sectionCode) {
        responses.moveTo(form.response().id(), sectionCode);
        section = sectionCode;
        render();
        main.getElement().executeJs(FOCUS_HEADING);
    }

    void render() {
        title.setText(form.questionnaire().title());
        status.setText(statusText());
        renderContents();
        main.removeAll();
        editors.clear();
        if (REVIEW.equals(section)) {
            main.add(new ReviewPanel(this));
        } else {
            renderSection(form.questionnaire().section(section).orElseThrow());
        }
    }

    private String statusText() {
        var response = form.response();
        StringBuilder text = new StringBuilder(response.organisationName() + " · " + response.status().label());
        if (response.lastEditedByName() != null) {
            text.append(" · Last changed by ").append(response.lastEditedByName()).append(" on ")
                    .append(WHEN.format(response.lastEditedAt()));
        }
        text.append(form.editable() ? " · You can change your answers until " + Dates.format(form.round().closesOn()) + "."
                : " · This response can no longer be changed.");
        return text.toString();
    }

    private void renderContents() {
        contents.removeAll();
        SectionProgress progress = new SectionProgress(form, options);
        contents.add(sectionLinks(progress));
    }

    /**
     * The progress and the contents list: a link per section and one to the review, as one HTML fragment
     * with one click listener. A Vaadin button per entry cost about 3 KB of server memory on every open page
     * (docs/benchmarks.md, section C); links are also what a contents list is to a screen reader.
     * A plain click moves here, keeping focus handling and the saved position; a click with a
     * modifier key (a new tab or window) follows the link, which names its section.
     */
    private Html sectionLinks(SectionProgress progress) {
        long percent = Math.round(progress.overall() * 100);
        StringBuilder html = new StringBuilder("<div><p class=\"sp-progress-text\">Progress: ").append(percent)
                .append("% answered</p><progress class=\"sp-progress\" max=\"100\" value=\"").append(percent)
                .append("\" aria-label=\"Questions answered: ").append(percent).append("%\"></progress>")
                .append("<ol class=\"sp-contents-list\">");
        for (SectionDefinition s : form.questionnaire().sections()) {
            link(html, s.code(), s.title() + " (" + progress.answered(s) + " of " + progress.shown(s) + ")");
        }
        link(html, REVIEW, "Check answers and submit");
        return linked(new Html(html.append("</ol></div>").toString()));
    }

    /** A plain click on one of the fragment's links moves to its section here (one listener for all of them). */
    private Html linked(Html links) {
        links.getElement().addEventListener("click", event -> {
            String code = event.getEventData().path(LINK_SECTION).asString(null);
            if (isSection(code)) {
                goTo(code);
            }
        }).addEventData(LINK_SECTION).setFilter(FOLLOW_HERE);
        return links;
    }

    static final String SECTION_PARAMETER = "section";
    /** The section of the link clicked (the links hold only text, so the link is the event's target). */
    static final String LINK_SECTION = "event.target.dataset.section";
    /** A plain click on a link: handled here instead of loading the page again (the browser's default). */
    static final String FOLLOW_HERE = "(!!event.target.dataset.section && !event.ctrlKey && !event.metaKey"
            + " && !event.shiftKey && !event.altKey && event.button === 0 && (event.preventDefault(), true))";

    private void link(StringBuilder html, String code, String text) {
        html.append("<li><a");
        href(html, code);
        if (code.equals(section)) {
            html.append(" class=\"sp-current\" aria-current=\"step\"");
        }
        html.append('>').append(escape(text)).append("</a></li>");
    }

    private void href(StringBuilder html, String code) {
        html.append(" href=\"response/").append(form.response().id()).append('?').append(SECTION_PARAMETER)
                .append('=').append(escape(code)).append("\" data-section=\"").append(escape(code)).append('"');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void renderSection(SectionDefinition current) {
        main.add(new H2(current.title()));
        if (current.intro() != null) {
            main.add(new Paragraph(current.intro()));
        }
        var validator = responses.validatorFor(form);
        for (QuestionDefinition question : current.questions()) {
            if (!validator.isShown(question, form.answers())) {
                continue;
            }
            QuestionEditor editor = editorFactory.create(question, question.rows() == null ? List.of()
                    : editorFactory.gridRows(question, form.answers().chosen(question.rows().fromQuestion() == null
                    ? "" : question.rows().fromQuestion())));
            editor.setValue(form.answers().cells(question.code()));
            editor.setReadOnly(!form.editable());
            editor.onChange(() -> save(editor));
            editors.put(question.code(), editor);
            main.add(editor.component());
        }
        main.add(sectionSteps(current));
    }

    /**
     * Previous and next, as links in one fragment (like the contents list): they only move between
     * sections, every answer being saved as it is given. The next one looks like the main button.
     */
    private Html sectionSteps(SectionDefinition current) {
        List<SectionDefinition> sections = form.questionnaire().sections();
        int index = sections.indexOf(current);
        StringBuilder html = new StringBuilder("<nav class=\"sp-toolbar sp-section-steps\" aria-label=\"Previous and next section\">");
        if (index > 0) {
            step(html, sections.get(index - 1).code(), "Previous: " + sections.get(index - 1).title(), "sp-step");
        }
        if (index < sections.size() - 1) {
            step(html, sections.get(index + 1).code(), "Next: " + sections.get(index + 1).title(), "sp-step sp-step-next");
        } else {
            step(html, REVIEW, "Check answers and submit", "sp-step sp-step-next");
        }
        return linked(new Html(html.append("</nav>").toString()));
    }

    private void step(StringBuilder html, String code, String text, String classes) {
        html.append("<a class=\"").append(classes).append('"');
        href(html, code);
        html.append('>').append(escape(text)).append("</a>");
    }

    private void save(QuestionEditor editor) {
        String code = editor.question().code();
        SaveResult result;
        try {
            result = responses.save(form.response().id(), Map.of(code, editor.value()), form.answers());
        } catch (ValidationException closed) {
            saveState.setText(String.join(" ", closed.fieldErrors().values()));
            editor.showError("Not saved. " + String.join(" ", closed.fieldErrors().values()));
            return;
        } catch (RuntimeException failure) {
            // Access withdrawn, a database failure, anything: the answer is marked as not saved and
            // the "saved at" time stays where it was.
            String message = Incidents.describe("Your answer was not saved", failure);
            editor.showError(message);
            saveState.setText("Not saved: check the message next to the question.");
            return;
        }
        if (result.conflicts().containsKey(code)) {
            ConflictChoice.show(this, editor, result.conflicts().get(code));
            saveState.setText("Not saved: a colleague changed this answer; choose which to keep.");
            return;
        }
        if (!result.ok()) {
            editor.showError(result.errors().get(code));
            saveState.setText("Not saved: check the message next to the question.");
            return;
        }
        editor.showError(null);
        boolean redraw = !result.hidden().isEmpty() || controlsOthers(code);
        ResponseForm fresh = responses.open(form.response().id());
        // The answers a later save is checked against are what this page shows: the fresh ones only
        // where the page is drawn again from them. Otherwise a colleague's change to another question,
        // made after this page opened and never shown here, would become the basis of the next save
        // and be overwritten without the conflict choice (issue 7 point 6).
        form = redraw ? fresh : new ResponseForm(fresh.response(), fresh.round(), fresh.questionnaire(),
                form.answers().with(code, fresh.answers().cells(code)), fresh.editable());
        saveState.setText("Saved at " + TIME.format(form.response().lastEditedAt()) + ".");
        if (redraw) {
            render();
            QuestionEditor redrawn = editors.get(code);
            if (redrawn != null) {
                redrawn.component().getElement().executeJs(FOCUS_ANSWER);
            }
        } else {
            status.setText(statusText());
            renderContents();
        }
    }

    private boolean controlsOthers(String code) {
        return form.questionnaire().questions().anyMatch(q -> q.showIf() != null && q.showIf().question().equals(code)
                || q.rows() != null && code.equals(q.rows().fromQuestion()));
    }
}
