package uk.skillsplan.base;

/**
 * One thing that waits for the person signed in: a suggestion to decide, a mention, an approval to
 * give, an action due. The main layout counts them; the notifications page lists them.
 *
 * @param kind      short plain label of what it is ("Suggestion to decide", "Action due")
 * @param text      one plain sentence saying what and where
 * @param linkPath  the route path that opens the place to act (without a leading slash)
 * @param sortKey   items are listed by this key, ascending (an ISO date-time, say)
 */
public record AttentionItem(String kind, String text, String linkPath, String sortKey) {
}
