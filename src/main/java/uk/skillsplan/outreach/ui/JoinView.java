package uk.skillsplan.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import uk.skillsplan.base.ui.RouteIds;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.directory.LocalAuthority;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.directory.SicSection;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.outreach.JoinDetails;
import uk.skillsplan.outreach.JoinService;
import uk.skillsplan.outreach.PublicRequestRefused;
import uk.skillsplan.outreach.PublicRequests;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * The public page where any business in the area joins an open round without an invitation: its
 * details and a work e-mail, to which a verification link goes. Rate-limited, with a honeypot; the
 * answer never says whether the business or the address is already known.
 */
@Route(value = "join/:roundId", autoLayout = false)
@PageTitle("Take part in the skills survey | SkillsPlan")
@AnonymousAllowed
public class JoinView extends Main implements BeforeEnterObserver {

    static final String SENT = "Thank you. We have sent a link to %s: open it within 24 hours to confirm the "
            + "address and start the survey. Look in your junk folder if it does not arrive.";

    final TextField name = new TextField("Business name");
    final Select<LocalAuthority> localAuthority = new Select<>();
    final Select<SicSection> sector = new Select<>();
    final Select<SizeBand> size = new Select<>();
    final TextField companiesHouse = new TextField("Companies House number (optional)");
    final TextField contactName = new TextField("Your name");
    final EmailField email = new EmailField("Your work e-mail address");
    final TextField website = Honeypot.field();
    final Button send = new Button("Send me a link");
    final Paragraph outcome = new Paragraph();

    private final JoinService joins;
    private final PublicRequests requests;
    private final FieldErrorBinder errors = new FieldErrorBinder().field("name", name).field("ladCode", localAuthority)
            .field("sicSection", sector).field("sizeBand", size).field("companiesHouseNumber", companiesHouse)
            .field("contactName", contactName).field("email", email);
    private SurveyRoundSummary round;

    JoinView(JoinService joins, PublicRequests requests, ReferenceDataService referenceData) {
        this.joins = joins;
        this.requests = requests;
        addClassName("sp-public-page");
        localAuthority.setLabel("Council area of your site");
        localAuthority.setItemLabelGenerator(LocalAuthority::name);
        sector.setLabel("What your business mainly does");
        sector.setItems(referenceData.sicSections());
        sector.setItemLabelGenerator(s -> s.code() + " - " + s.name());
        size.setLabel("How many people work at your site");
        size.setItems(SizeBand.values());
        size.setItemLabelGenerator(SizeBand::label);
        // Not on the selects: Vaadin puts aria-required on their button, which axe rightly refuses.
        name.setRequiredIndicatorVisible(true);
        contactName.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        companiesHouse.setMaxLength(10);
        contactName.setMaxLength(120);
        email.setMaxLength(200);
        outcome.getElement().setAttribute("role", "status");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<SurveyRoundSummary> joinable = RouteIds.id(event.getRouteParameters(), "roundId")
                .flatMap(joins::joinableRound);
        if (joinable.isEmpty()) {
            add(new H1("This survey is not open"), new Paragraph("There is no open survey at this address. Check "
                    + "the link you were given, or ask your area's Employer Representative Body."));
            return;
        }
        round = joinable.get();
        localAuthority.setItems(joins.localAuthorities(round));
        Div form = new Div(name, localAuthority, sector, size, companiesHouse, contactName, email, website,
                errors.formMessage(), send, outcome);
        form.addClassName("sp-form");
        add(new H1("Take part: " + round.title()), new Paragraph("Any business with a site in the area can answer "
                + "this skills survey. Tell us who you are and we will e-mail you a link to start. Your answers "
                + "help colleges, councils and employers plan the skills the area needs."), form);
    }

    private void send() {
        JoinDetails details = new JoinDetails(name.getValue(),
                localAuthority.getValue() == null ? null : localAuthority.getValue().ladCode(),
                sector.getValue() == null ? null : sector.getValue().code(),
                size.getValue() == null ? null : size.getValue().code(), companiesHouse.getValue(),
                contactName.getValue(), email.getValue());
        try {
            requests.join(round.id(), details, website.getValue());
            errors.clear();
            outcome.setText(String.format(SENT, email.getValue().trim()));
            send.setEnabled(false);
        } catch (ValidationException problem) {
            errors.show(problem);
        } catch (PublicRequestRefused refused) {
            outcome.setText(refused.getMessage());
        }
    }
}
