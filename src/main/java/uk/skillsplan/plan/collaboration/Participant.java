package uk.skillsplan.plan.collaboration;

/** An organisation taking part in a plan: the area's ERB, councils and providers (active ones). */
public record Participant(long id, String kind, String name) {

    public String label() {
        return name + " (" + switch (kind) {
            case "ERB" -> "ERB";
            case "COUNCIL" -> "council";
            default -> "provider";
        } + ")";
    }
}
