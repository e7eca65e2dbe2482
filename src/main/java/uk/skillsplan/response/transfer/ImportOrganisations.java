package uk.skillsplan.response.transfer;

import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.survey.RoundAudience;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Finds the organisation an import row is about, by id or by Companies House number, and checks
 * that the round asks it (RoundAudience).
 */
public final class ImportOrganisations {

    /** The organisation found, or the column and reason why none was. */
    record Found(OrganisationSummary organisation, String column, String value, String problem) {

        static Found problem(String column, String value, String problem) {
            return new Found(null, column, value, problem);
        }
    }

    private final OrganisationService organisations;
    private final RoundAudience audience;
    private final SurveyRoundSummary round;

    public ImportOrganisations(OrganisationService organisations, RoundAudience audience, SurveyRoundSummary round) {
        this.organisations = organisations;
        this.audience = audience;
        this.round = round;
    }

    Found find(String idText, String companiesHouseText) {
        String id = idText.strip();
        String number = companiesHouseText.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        Found found;
        if (!id.isEmpty()) {
            found = byId(id);
            if (found.organisation() != null && !number.isEmpty() && !number.equals(found.organisation().companiesHouseNumber())) {
                return Found.problem(ResponseColumns.COMPANIES_HOUSE_NUMBER, companiesHouseText, "This is not the Companies "
                        + "House number of organisation " + id + " (" + found.organisation().name() + "). Correct one of them.");
            }
        } else if (!number.isEmpty()) {
            found = byCompaniesHouseNumber(number, companiesHouseText);
        } else {
            return Found.problem(ResponseColumns.ORGANISATION_ID, "", "Give the " + ResponseColumns.ORGANISATION_ID + " or "
                    + ResponseColumns.COMPANIES_HOUSE_NUMBER + " of the organisation whose answers this row holds.");
        }
        return found.organisation() == null ? found : mayAnswer(found);
    }

    private Found byId(String id) {
        String notHere = "There is no organisation with id " + id + " in this round's area. Check the id on the "
                + "Organisations page.";
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Found.problem(ResponseColumns.ORGANISATION_ID, id, "An organisation id is a whole number, as shown "
                    + "on the Organisations page.");
        }
        // Asked first because describe() of an unknown id throws, which would mark the whole
        // import's transaction for rollback; names() answers for the ids the caller may manage.
        if (organisations.names(List.of(number)).isEmpty()) {
            return Found.problem(ResponseColumns.ORGANISATION_ID, id, notHere);
        }
        OrganisationSummary organisation = organisations.describe(number);
        return organisation.lsipCode().equals(round.lsipCode()) ? new Found(organisation, null, null, null)
                : Found.problem(ResponseColumns.ORGANISATION_ID, id, notHere);
    }

    private Found byCompaniesHouseNumber(String number, String raw) {
        List<OrganisationSummary> matches = organisations.search(new OrganisationQuery(number, null, round.lsipCode(), true),
                PageRequest.of(0, 20)).stream().filter(o -> number.equals(o.companiesHouseNumber())).toList();
        if (matches.size() == 1) {
            return new Found(matches.getFirst(), null, null, null);
        }
        return Found.problem(ResponseColumns.COMPANIES_HOUSE_NUMBER, raw, matches.isEmpty()
                ? "No organisation in this round's area has Companies House number " + number + ". Add the organisation "
                + "on the Organisations page, or give its " + ResponseColumns.ORGANISATION_ID + "."
                : matches.size() + " organisations in this area have Companies House number " + number + ". Give the "
                + ResponseColumns.ORGANISATION_ID + " instead.");
    }

    private Found mayAnswer(Found found) {
        OrganisationSummary organisation = found.organisation();
        return audience.whyNotAsked(round, organisation)
                .map(reason -> Found.problem(ResponseColumns.ORGANISATION_ID, String.valueOf(organisation.id()),
                        reason + " Remove this row" + (organisation.active() ? "." : ", or reactivate it first.")))
                .orElse(found);
    }
}
