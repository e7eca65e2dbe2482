package uk.skillsplan.response;

/** An organisation asked to answer a round that has not submitted yet: someone to chase. */
public record NonRespondent(long organisationId, String name, String localAuthority, String sicSection, String sizeBand,
                            ResponseStatus status) {
}
