package uk.skillsplan.outreach.invitation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.skillsplan.outreach.outbox.Mail;
import uk.skillsplan.survey.SurveyRoundSummary;

/** The wording of invitation and reminder e-mails: plain text, with the personal link and the opt-out link. */
@Component
public class InvitationMails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final String publicUrl;

    InvitationMails(@Value("${skillsplan.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String linkUrl(String token) {
        return publicUrl + "/link/" + token;
    }

    public String joinUrl(String token) {
        return publicUrl + "/join/verify/" + token;
    }

    public String optOutUrl(String token) {
        return publicUrl + "/opt-out/" + token;
    }

    public Mail invitation(SurveyRoundSummary round, InvitationStore.Recipient to, String token, Instant expires,
                           String optOutToken, long invitationId) {
        String body = "Dear " + to.name() + ",\n\n"
                + to.organisationName() + " is invited to answer \"" + round.title() + "\", the skills survey for the "
                + "Local Skills Improvement Plan of your area. Your answers show colleges, councils and the Employer "
                + "Representative Body what skills employers like you need. The survey closes on "
                + DAY.format(round.closesOn()) + ".\n\n"
                + linkParagraph(token, expires)
                + footer(optOutToken);
        return new Mail(to.email(), "Invitation: " + round.title(), body, to.lsipCode(), "invitation:" + invitationId);
    }

    public Mail reminder(SurveyRoundSummary round, InvitationStore.Recipient to, String wording, String token,
                         Instant expires, String optOutToken) {
        String body = "Dear " + to.name() + ",\n\n" + wording.strip() + "\n\n"
                + "This is a reminder about \"" + round.title() + "\" for " + to.organisationName()
                + ". The survey closes on " + DAY.format(round.closesOn()) + ".\n\n"
                + linkParagraph(token, expires)
                + footer(optOutToken);
        return new Mail(to.email(), "Reminder: " + round.title(), body, to.lsipCode(),
                "invitation:" + to.invitationId());
    }

    public Mail newLink(SurveyRoundSummary round, InvitationStore.Recipient to, String token, Instant expires,
                        String optOutToken) {
        String body = "Dear " + to.name() + ",\n\nHere is a new personal link for \"" + round.title() + "\" ("
                + to.organisationName() + "), as asked for.\n\n" + linkParagraph(token, expires) + footer(optOutToken);
        return new Mail(to.email(), "Your new link: " + round.title(), body, to.lsipCode(),
                "invitation:" + to.invitationId());
    }

    private String linkParagraph(String token, Instant expires) {
        return "Your personal link signs you in to your organisation's response. It works once and until "
                + DAY.format(expires.atZone(UK)) + "; do not forward it:\n" + linkUrl(token) + "\n\n"
                + "If it has expired or was used already, open it anyway: the page lets you ask for a new one.\n\n";
    }

    private String footer(String optOutToken) {
        return "You receive this because your organisation's details were given to your area's Employer "
                + "Representative Body for its skills survey. To receive no more e-mails about these surveys, open:\n"
                + optOutUrl(optOutToken) + "\n";
    }
}
