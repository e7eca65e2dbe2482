package uk.skillsplan.directory.ui;

import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.HomeCard;
import uk.skillsplan.base.HomeCardProvider;
import uk.skillsplan.security.CurrentUser;
import uk.skillsplan.security.CurrentUserService;


/** Home-page suggestions about organisations and accounts. */
@Component
class DirectoryHomeCards implements HomeCardProvider {

    private final CurrentUserService currentUser;
    private final OrganisationService organisations;

    DirectoryHomeCards(CurrentUserService currentUser, OrganisationService organisations) {
        this.currentUser = currentUser;
        this.organisations = organisations;
    }

    @Override
    public List<HomeCard> homeCards() {
        CurrentUser me = currentUser.current().orElse(null);
        if (me == null) {
            return List.of();
        }
        List<HomeCard> cards = new ArrayList<>();
        switch (me.role()) {
            case ADMIN -> {
                cards.add(new HomeCard("Organisations", "Add the employers, colleges, councils and ERBs that take part, "
                        + "and keep their details up to date.", "Manage organisations", "organisations", 10));
                cards.add(new HomeCard("People", "Create accounts, reset passwords, unlock locked accounts and "
                        + "deactivate people who have left.", "Manage users", "users", 20));
            }
            case ERB_LEAD -> organisations.myArea().ifPresent(area -> {
                int count = organisations.count(new OrganisationQuery(null, null, area.code(), false));
                cards.add(new HomeCard("Organisations in " + area.name(), count == 0
                        ? "No organisations are registered in your area yet. Add employers, colleges and councils so "
                        + "that they can answer surveys."
                        : count + " active organisations take part in your area. Add more so that small firms and "
                        + "every sector are heard.", "Manage organisations", "organisations", 30));
            });
            default -> organisations.mine().ifPresent(mine -> cards.add(HomeCard.info("Your organisation",
                    mine.name() + ", " + mine.localAuthorityName() + " (" + mine.lsipAreaName() + " LSIP area). "
                            + "If these details are wrong, ask your ERB to correct them.", 90)));
        }
        return cards;
    }

}
