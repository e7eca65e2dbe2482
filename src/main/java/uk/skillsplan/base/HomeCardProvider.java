package uk.skillsplan.base;

import java.util.List;

/**
 * A module's contribution to the home page. Each provider decides, from the signed-in user,
 * which cards (if any) to offer; the home page only lays them out.
 */
public interface HomeCardProvider {

    List<HomeCard> homeCards();
}
