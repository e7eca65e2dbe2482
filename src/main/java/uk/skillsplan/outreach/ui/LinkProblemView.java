package uk.skillsplan.outreach.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.skillsplan.outreach.PublicRequests;
import uk.skillsplan.security.LinkCheck;

/** Where the sign-in sends a link it could not use (used, expired, forged): why, and a way to get a new one. */
@Route(value = "link-problem", autoLayout = false)
@PageTitle("This link cannot be used | SkillsPlan")
@AnonymousAllowed
public class LinkProblemView extends Main {

    LinkProblemView(PublicRequests requests) {
        addClassName("sp-public-page");
        add(new H1("This link cannot be used"), new Paragraph("Personal links work once, and only for a limited "
                + "time. This one has been used, has expired, or is not a link we sent."), new NewLinkForm(requests));
    }

    static String heading(LinkCheck.State state) {
        return switch (state) {
            case EXPIRED -> "This link has expired";
            case USED -> "This link has been used already";
            default -> "This link cannot be used";
        };
    }

    static String explanation(LinkCheck.State state) {
        return switch (state) {
            case EXPIRED -> "Personal links work for a limited time, and this one's time is over.";
            case USED -> "Personal links work once. If you used it yourself, sign in with your password, or ask for "
                    + "a new link below.";
            default -> "This is not a link we sent, or part of it is missing: check that you copied all of it from "
                    + "the e-mail.";
        };
    }
}
