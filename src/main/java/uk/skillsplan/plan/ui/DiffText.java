package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import uk.skillsplan.plan.collaboration.TextDiff;

/**
 * A difference shown word by word: removed words struck through in {@code <del>}, added ones
 * underlined in {@code <ins>}, each also announced in words ("removed:", "added:") for screen
 * readers, since colour alone tells nothing. Text only, never HTML.
 */
final class DiffText {

    private DiffText() {
    }

    static Div of(List<TextDiff.Part> parts, String label) {
        Div box = new Div();
        box.addClassName("sp-diff");
        box.getElement().setAttribute("role", "group");
        box.getElement().setAttribute("aria-label", label);
        Paragraph summary = new Paragraph(TextDiff.summary(parts));
        summary.addClassName("sp-comment-meta");
        Div text = new Div();
        for (TextDiff.Part part : parts) {
            switch (part.change()) {
                case SAME -> text.getElement().appendChild(Element.createText(part.text()));
                case REMOVED -> text.getElement().appendChild(marked("del", "[removed: ", part.text()));
                case ADDED -> text.getElement().appendChild(marked("ins", "[added: ", part.text()));
            }
        }
        box.add(summary, text);
        return box;
    }

    private static Element marked(String tag, String announce, String words) {
        Element element = new Element(tag);
        element.appendChild(hidden(announce), Element.createText(words), hidden("]"));
        return element;
    }

    private static Element hidden(String words) {
        Element span = new Element("span");
        span.getClassList().add("sp-visually-hidden");
        span.setText(words);
        return span;
    }
}
