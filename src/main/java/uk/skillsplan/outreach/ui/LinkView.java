package uk.skillsplan.outreach.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.skillsplan.outreach.InvitationService;
import uk.skillsplan.outreach.PublicRequests;
import uk.skillsplan.security.LinkCheck;
import uk.skillsplan.security.SignInLinks;

/**
 * Where a personal link leads. Opening the page uses nothing (mail scanners that open links would
 * otherwise spend them): the person presses "Continue", which posts the token to the sign-in. A
 * link that cannot be used says why and offers a new one by e-mail.
 */
@Route(value = "link/:token", autoLayout = false)
@PageTitle("Your personal link | SkillsPlan")
@AnonymousAllowed
public class LinkView extends Main implements BeforeEnterObserver {

    static final String CONTINUE = "Continue to the survey";

    private final SignInLinks links;
    private final InvitationService invitations;
    private final PublicRequests requests;

    LinkView(SignInLinks links, InvitationService invitations, PublicRequests requests) {
        this.links = links;
        this.invitations = invitations;
        this.requests = requests;
        addClassName("sp-public-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        LinkCheck check = links.check(token);
        removeAll();
        if (!check.valid()) {
            add(new H1(LinkProblemView.heading(check.state())), new Paragraph(LinkProblemView.explanation(check.state())),
                    new NewLinkForm(requests));
            return;
        }
        invitations.linkOpened(check);
        PostForm form = new PostForm(SignInLinks.SIGN_IN_PATH.substring(1));
        form.hidden(SignInLinks.TOKEN_PARAMETER, token);
        NativeButton go = new NativeButton(CONTINUE);
        go.getElement().setAttribute("type", "submit");
        go.addClassName("sp-primary-button");
        form.add(go);
        add(new H1("Answer your organisation's skills survey"),
                new Paragraph("This personal link signs you in to your organisation's response. It works once: "
                        + "to come back later, open the link again and ask for a new one by e-mail. Do not forward it."),
                form);
    }
}
