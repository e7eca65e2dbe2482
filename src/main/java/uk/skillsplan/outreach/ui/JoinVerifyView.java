package uk.skillsplan.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.skillsplan.outreach.JoinService;

/**
 * Where the join page's verification link leads: one press confirms the address (opening the page
 * alone does not), creates the organisation and continues to the personal link's page.
 */
@Route(value = "join/verify/:token", autoLayout = false)
@PageTitle("Confirm your e-mail | SkillsPlan")
@AnonymousAllowed
public class JoinVerifyView extends Main implements BeforeEnterObserver {

    static final String UNUSABLE = "This link has been used already or has expired (it works once, for 24 hours). "
            + "Go back to the survey's page and ask for a new one.";

    final Button confirm = new Button("Confirm and start the survey");
    final Paragraph outcome = new Paragraph();
    private final JoinService joins;
    private String token = "";

    JoinVerifyView(JoinService joins) {
        this.joins = joins;
        addClassName("sp-public-page");
        outcome.getElement().setAttribute("role", "status");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> joins.verify(token).ifPresentOrElse(
                link -> confirm.getUI().ifPresent(ui -> ui.navigate("link/" + link)),
                () -> outcome.setText(UNUSABLE)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        if (!joins.canVerify(token)) {
            add(new H1("This link cannot be used"), new Paragraph(UNUSABLE));
            return;
        }
        add(new H1("Confirm your e-mail address"), new Paragraph("Press the button to confirm that this is your "
                + "address and start the survey for your business."), confirm, outcome);
    }
}
