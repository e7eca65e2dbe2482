package uk.skillsplan.outreach.ui;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.directory.ContactService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.outreach.InvitationService;
import uk.skillsplan.outreach.ReminderService;
import uk.skillsplan.security.SignInLinks;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * What the outreach pages' tests share: an open employer round with one contact at a small firm in
 * Leeds. One test class per page extends it.
 */
abstract class OutreachPages extends KaribuTest {

    @Autowired protected ContactService contacts;
    @Autowired protected InvitationService invitations;
    @Autowired protected ReminderService reminders;
    @Autowired protected SignInLinks links;

    protected SurveyTestData data;
    protected SurveyRoundSummary round;
    protected OrganisationSummary firm;
    protected String email;

    @BeforeEach
    void aRoundWithAContact() {
        data = new SurveyTestData(applicationContext);
        round = data.openEmployerRound("Outreach page");
        firm = data.newEmployer("Outreach page firm", SurveyTestData.LEEDS, "K", SizeBand.MICRO);
        email = SurveyTestData.unique("page").replace(' ', '-') + "@example.org";
        data.as("erb", () -> contacts.add(firm.id(), "Robin Page", email, "test"));
    }

    protected void tearDownAndLogin(String username) {
        uk.skillsplan.testing.SignIn.out();
        login(username);
    }
}
