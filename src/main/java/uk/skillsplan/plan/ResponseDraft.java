package uk.skillsplan.plan;

/**
 * What an organisation says it will do for a priority. A provider gives the planned action,
 * timescale, capacity, barriers and what would remove them; a council gives its levers (funding,
 * commissioning). Empty fields are empty strings.
 */
public record ResponseDraft(String plannedAction, String timescale, String capacity, String barriers, String removers,
                            String funding, String commissioning) {

    public static ResponseDraft empty() {
        return new ResponseDraft("", "", "", "", "", "", "");
    }
}
