package uk.skillsplan.insight.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The disclosure rules of this installation (DOMAIN.md, "Statistical disclosure control"),
 * {@code skillsplan.disclosure.*} in application.properties.
 *
 * @param minimumBase fewer responding organisations than this: suppressed
 * @param dominanceShare a magnitude where one organisation gives more than this share of the total: suppressed
 * @param pPercent the p% rule: suppressed when the total less the two largest contributions is below p% of the largest
 * @param cautionBelow a shown figure on fewer organisations than this is marked "treat with caution"
 * @param roundCountsTo counts of organisations shown to others are rounded to the nearest multiple of this
 */
@ConfigurationProperties("skillsplan.disclosure")
public record DisclosureRules(@DefaultValue("5") int minimumBase, @DefaultValue("0.5") double dominanceShare,
                              @DefaultValue("10") double pPercent, @DefaultValue("30") int cautionBelow,
                              @DefaultValue("5") int roundCountsTo) {

    public static final DisclosureRules DEFAULTS = new DisclosureRules(5, 0.5, 10, 30, 5);

    public DisclosureRules {
        if (minimumBase < 1 || roundCountsTo < 1 || dominanceShare <= 0 || dominanceShare > 1 || pPercent < 0) {
            throw new IllegalArgumentException("skillsplan.disclosure: minimum-base and round-counts-to must be at least 1, "
                    + "dominance-share in (0, 1], p-percent not negative.");
        }
    }
}
