package uk.skillsplan.directory;

/**
 * Told by the modules above the directory (responses) whether an organisation's records use it as
 * it is, so that its kind cannot change under them. The directory depends on no such module.
 */
public interface OrganisationUsage {

    /** Whether anything of this module belongs to the organisation. */
    boolean uses(long organisationId);

    /** What it is, for the message ("responses to surveys"). */
    String what();
}
