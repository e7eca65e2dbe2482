package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import uk.skillsplan.plan.Priority;
import uk.skillsplan.plan.PriorityResponse;

/** The responses under each priority of the plan, with links to respond, to the action register and to progress reports. */
final class PriorityResponsesPanel {

    private PriorityResponsesPanel() {
    }

    static Div of(long planId, List<Priority> priorities, List<PriorityResponse> responses) {
        Div panel = new Div();
        panel.addClassName("sp-plan-responses");
        Div links = new Div(link("plans/" + planId + "/responses", "Record a response to the priorities"),
                link("plans/" + planId + "/actions", "Open the action register"),
                link("plans/" + planId + "/progress", "Progress reports"));
        links.addClassName("sp-toolbar");
        panel.add(links, list(priorities, responses));
        return panel;
    }

    /** One heading per priority, its responses listed under it. */
    static Div list(List<Priority> priorities, List<PriorityResponse> responses) {
        Div panel = new Div();
        for (Priority priority : priorities) {
            panel.add(new H3(priority.rank() + ". " + priority.title()));
            List<PriorityResponse> mine = responses.stream().filter(r -> r.sicSection().equals(priority.sicSection())).toList();
            if (mine.isEmpty()) {
                panel.add(new Paragraph("No responses yet."));
                continue;
            }
            UnorderedList list = new UnorderedList();
            mine.forEach(r -> list.add(new ListItem(r.organisationName() + ": " + r.words())));
            panel.add(list);
        }
        return panel;
    }

    private static Anchor link(String path, String text) {
        Anchor anchor = new Anchor(path, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
