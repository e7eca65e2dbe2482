package uk.skillsplan.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.slf4j.LoggerFactory;
import uk.skillsplan.base.AttentionItem;
import uk.skillsplan.base.AttentionProvider;

/** "Needs you": what waits for the person signed in, from every module, each with a link to where to act. */
@Route(NotificationsView.PATH)
@PageTitle("Needs you | SkillsPlan")
@PermitAll
public class NotificationsView extends Div {

    static final String PATH = "notifications";

    final UnorderedList list = new UnorderedList();

    NotificationsView(List<AttentionProvider> providers) {
        addClassName("sp-view");
        list.addClassName("sp-attention");
        add(new H1("Needs you"));
        List<AttentionItem> items = items(providers);
        if (items.isEmpty()) {
            add(new Paragraph("Nothing needs you now. Suggested edits to decide, mentions of your organisation, "
                    + "approvals to give and actions due appear here."));
            return;
        }
        add(new Paragraph(items.size() + (items.size() == 1 ? " thing needs" : " things need") + " you:"));
        for (AttentionItem item : items) {
            Span kind = new Span(item.kind() + ": ");
            kind.getStyle().set("font-weight", "600");
            Anchor open = new Anchor(item.linkPath(), "Open");
            open.getElement().setAttribute("aria-label", "Open: " + item.text());
            list.add(new ListItem(kind, new Span(item.text() + " "), open));
        }
        add(list);
    }

    /** Every provider's items, in their sort order (one provider failing does not hide the others'). */
    static List<AttentionItem> items(List<AttentionProvider> providers) {
        return providers.stream().flatMap(p -> {
            try {
                return p.itemsForCurrentUser().stream();
            } catch (RuntimeException failed) {
                LoggerFactory.getLogger(NotificationsView.class).warn("{} failed to list what needs the user", p.getClass(), failed);
                return java.util.stream.Stream.empty();
            }
        }).sorted(Comparator.comparing(AttentionItem::sortKey)).toList();
    }
}
