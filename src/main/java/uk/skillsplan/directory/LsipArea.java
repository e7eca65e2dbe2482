package uk.skillsplan.directory;

/** An LSIP area (ONS code E69...), with its name in the 2025 geography. */
public record LsipArea(String code, String name, String name2025) {
}
