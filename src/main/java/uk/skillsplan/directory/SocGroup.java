package uk.skillsplan.directory;

/** A SOC 2020 group: a major group (1 digit), sub-major (2) or unit group (4 digits). */
public record SocGroup(String code, String name, int majorCode) {

    public String label() {
        return code + " " + name;
    }
}
