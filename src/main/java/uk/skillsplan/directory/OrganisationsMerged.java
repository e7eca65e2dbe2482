package uk.skillsplan.directory;

import java.util.Map;

/**
 * The ERB lead merged a duplicate organisation into the one kept. Published synchronously inside the
 * merge's transaction, after the directory moved the contacts and security the accounts: each module
 * moves its own records of the retired organisation to the kept one (responses, invitations, join
 * requests, figures), or refuses the whole merge by throwing a {@link uk.skillsplan.base.ValidationException}
 * with a message for the ERB lead - nothing is then changed anywhere.
 *
 * @param keptId            the organisation that stays
 * @param retiredId         the duplicate, now inactive and marked as merged into the kept one
 * @param contactsReplaced  contacts of the retired organisation whose e-mail the kept one already had,
 *                          with the kept contact that replaces each (the others moved as they are)
 */
public record OrganisationsMerged(long keptId, long retiredId, Map<Long, Long> contactsReplaced) {
}
