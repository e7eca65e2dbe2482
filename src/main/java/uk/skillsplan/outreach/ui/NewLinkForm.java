package uk.skillsplan.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import uk.skillsplan.outreach.PublicRequestRefused;
import uk.skillsplan.outreach.PublicRequests;

/**
 * "Send me a new link": the e-mail address the invitation went to. The answer is the same whether or
 * not the address is known, so the form tells a stranger nothing. A hidden field that people never see
 * (a honeypot) catches form-filling robots.
 */
class NewLinkForm extends Div {

    static final String SENT = "If this address was invited to a survey that is still open, a new link is on its way. "
            + "It can take a few minutes; look in your junk folder too.";

    final EmailField email = new EmailField("Your work e-mail address");
    final TextField website = Honeypot.field();
    final Button send = new Button("Send me a new link");
    final Paragraph outcome = new Paragraph();

    NewLinkForm(PublicRequests requests) {
        addClassName("sp-form");
        email.setRequiredIndicatorVisible(true);
        email.setWidth("24rem");
        email.setMaxLength(200);
        outcome.getElement().setAttribute("role", "status");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            email.setInvalid(false);
            if (email.isEmpty() || email.isInvalid()) {
                email.setErrorMessage("Enter the e-mail address the invitation went to, like name@example.org.");
                email.setInvalid(true);
                return;
            }
            try {
                requests.sendNewLink(email.getValue(), website.getValue());
                outcome.setText(SENT);
                send.setEnabled(false);
            } catch (PublicRequestRefused refused) {
                outcome.setText(refused.getMessage());
            }
        });
        add(new H2("Get a new link"), new Paragraph("Enter the e-mail address the invitation was sent to."), email,
                website, send, outcome);
    }
}
