package uk.skillsplan.security;

import java.time.Duration;

/**
 * A personal sign-in link to issue: for whom (the person's e-mail, name, organisation and role - their
 * account is found or created from these when the link is first used), what it is for (an opaque
 * {@code reference} the issuing module recognises, such as {@code invitation:42}), where it leads
 * after sign-in (an address inside the app, such as {@code /answer/7}), and how long it is valid.
 */
public record LinkRequest(String email, String displayName, long organisationId, Role role, String reference,
                          String target, Duration validFor) {
}
