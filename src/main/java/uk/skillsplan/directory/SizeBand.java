package uk.skillsplan.directory;

/** Employer size bands by employment, as ONS UK Business Counts uses them. */
public enum SizeBand {
    MICRO("micro", "Micro (0 to 9)"),
    SMALL("small", "Small (10 to 49)"),
    MEDIUM("medium", "Medium-sized (50 to 249)"),
    LARGE("large", "Large (250+)");

    private final String code;
    private final String label;

    SizeBand(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The code stored in the database and used in imports and exports. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static SizeBand fromCode(String code) {
        for (SizeBand band : values()) {
            if (band.code.equalsIgnoreCase(code) || band.name().equalsIgnoreCase(code)) {
                return band;
            }
        }
        throw new IllegalArgumentException("Unknown size band: " + code);
    }
}
