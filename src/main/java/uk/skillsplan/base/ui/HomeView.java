package uk.skillsplan.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import uk.skillsplan.base.HomeCard;
import uk.skillsplan.base.HomeCardProvider;
import uk.skillsplan.base.SignedInUser;
import uk.skillsplan.base.SignedInUserProvider;

/** Each person's starting point: what they can do next, contributed by every module. */
@Route("")
@PageTitle("Home | SkillsPlan")
@Menu(title = "Home", order = 0, icon = "HOME")
@PermitAll
public class HomeView extends VerticalLayout {

    HomeView(List<HomeCardProvider> providers, List<SignedInUserProvider> users) {
        setMaxWidth("60rem");
        String name = users.stream().flatMap(p -> p.signedInUser().stream())
                .map(SignedInUser::displayName).findFirst().orElse("");
        add(new H1(name.isBlank() ? "Welcome" : "Welcome, " + name));

        List<HomeCard> cards = providers.stream()
                .flatMap(p -> p.homeCards().stream())
                .sorted(Comparator.comparingInt(HomeCard::order))
                .toList();
        if (cards.isEmpty()) {
            add(new Paragraph("There is nothing for you to do yet. When your area opens a survey or "
                    + "shares a draft plan, it will appear here."));
        }
        Div grid = new Div();
        grid.addClassName("sp-card-grid");
        cards.forEach(card -> grid.add(toCard(card)));
        add(grid);
    }

    private static Section toCard(HomeCard card) {
        Section section = new Section();
        section.addClassName("sp-card");
        section.add(new H2(card.title()), new Paragraph(card.text()));
        if (card.linkText() != null) {
            section.add(new Anchor(card.linkPath(), card.linkText()));
        }
        return section;
    }
}
