package uk.skillsplan.plan.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.HomeCard;
import uk.skillsplan.base.HomeCardProvider;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.plan.collaboration.CollaborationService;
import uk.skillsplan.plan.collaboration.SectionOwnership;
import uk.skillsplan.plan.collaboration.Waiting;
import uk.skillsplan.security.Role;

/** Home-page cards for the plan's parties: the sections their organisation owns, and what waits for them there. */
@Component
class CollaborationHomeCards implements HomeCardProvider {

    private final CallerScope callers;
    private final CollaborationService collaboration;

    CollaborationHomeCards(CallerScope callers, CollaborationService collaboration) {
        this.callers = callers;
        this.collaboration = collaboration;
    }

    @Override
    public List<HomeCard> homeCards() {
        Caller me = callers.current().orElse(null);
        if (me == null || !(me.is(Role.PROVIDER) || me.is(Role.COUNCIL) || me.is(Role.ERB_LEAD))) {
            return List.of();
        }
        List<HomeCard> cards = new ArrayList<>();
        List<SectionOwnership> owned = collaboration.ownedByMe();
        if (!owned.isEmpty()) {
            String list = owned.stream().map(s -> "\"" + s.title() + "\" (" + s.openSuggestions() + " suggested "
                    + (s.openSuggestions() == 1 ? "edit" : "edits") + ", " + s.openThreads() + " open "
                    + (s.openThreads() == 1 ? "thread" : "threads") + ")").collect(Collectors.joining("; "));
            cards.add(new HomeCard("Plan sections you own", "Your organisation owns " + list + ".",
                    "Open \"" + owned.getFirst().title() + "\"", "plans/sections/" + owned.getFirst().sectionId(), 8));
        }
        List<Waiting> waiting = collaboration.waitingForMe();
        if (!waiting.isEmpty()) {
            String first = waiting.stream().limit(3).map(Waiting::text).collect(Collectors.joining(" "));
            cards.add(new HomeCard("Waiting for you in the plan", waiting.size() + (waiting.size() == 1 ? " thing waits" :
                    " things wait") + " for you: " + first, "See everything that needs you", "notifications", 7));
        }
        return cards;
    }
}
