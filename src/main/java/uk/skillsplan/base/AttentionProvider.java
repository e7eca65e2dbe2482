package uk.skillsplan.base;

import java.util.List;

/**
 * A module's contribution to "what needs you": each provider decides, from the signed-in user,
 * which items wait for them. Like {@link HomeCardProvider}, the layout only counts and lists them;
 * authorisation stays in the providing module's services.
 */
public interface AttentionProvider {

    /** The items waiting for the person signed in; empty when nothing waits or nobody is signed in. */
    List<AttentionItem> itemsForCurrentUser();
}
