package uk.skillsplan.directory;

import java.time.Instant;

/** A person of an organisation whom the ERB may e-mail about surveys; opted out once they asked not to be. */
public record Contact(long id, long organisationId, String name, String email, String consent, Instant optedOutAt) {

    public boolean optedOut() {
        return optedOutAt != null;
    }
}
