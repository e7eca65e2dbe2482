package uk.skillsplan.directory;

/** A SIC 2007 industry section (A-U). */
public record SicSection(String code, String name) {

    public String label() {
        return code + " - " + name;
    }
}
