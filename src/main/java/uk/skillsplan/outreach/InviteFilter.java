package uk.skillsplan.outreach;

/**
 * Which part of a round's audience to invite: {@code null} fields match everyone, so the empty filter
 * invites the whole audience, and a SIC section with a size band invites one coverage cell.
 */
public record InviteFilter(String sicSection, String sizeBand, String ladCode) {

    public static final InviteFilter EVERYONE = new InviteFilter(null, null, null);
}
