package uk.skillsplan.outreach;

/** A request to a public page refused for now because too many came from the same place: the message says when to try again. */
public class PublicRequestRefused extends RuntimeException {

    public PublicRequestRefused(String message) {
        super(message);
    }
}
