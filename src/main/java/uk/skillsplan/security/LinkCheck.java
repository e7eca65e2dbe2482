package uk.skillsplan.security;

/** What a personal link's page may say about a token before it is used (it is never used by looking). */
public record LinkCheck(State state, String reference) {

    public enum State { VALID, EXPIRED, USED, UNKNOWN }

    public boolean valid() {
        return state == State.VALID;
    }
}
