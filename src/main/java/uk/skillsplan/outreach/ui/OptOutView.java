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
import uk.skillsplan.outreach.InvitationService;

/** The opt-out link of every e-mail: one press stops e-mails to that person (opening the page alone does not). */
@Route(value = "opt-out/:token", autoLayout = false)
@PageTitle("Stop e-mails | SkillsPlan")
@AnonymousAllowed
public class OptOutView extends Main implements BeforeEnterObserver {

    static final String DONE = "Done: you will receive no more e-mails about these skills surveys.";
    static final String UNKNOWN = "This opt-out link is not one we sent, or part of it is missing: check that you "
            + "copied all of it from the e-mail.";

    final Button stop = new Button("Stop e-mails to me");
    final Paragraph outcome = new Paragraph();
    private final InvitationService invitations;
    private String token = "";

    OptOutView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("sp-public-page");
        outcome.getElement().setAttribute("role", "status");
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.addClickListener(click -> {
            boolean known = invitations.optOut(token);
            outcome.setText(known ? DONE : UNKNOWN);
            stop.setEnabled(!known);
        });
        add(new H1("Stop e-mails about skills surveys"),
                new Paragraph("Your area's Employer Representative Body e-mails employers to invite them to its skills "
                        + "survey and to remind them. Press the button and it will not e-mail you again."),
                stop, outcome);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
    }
}
