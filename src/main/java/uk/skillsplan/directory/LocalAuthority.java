package uk.skillsplan.directory;

/** A local authority district (ONS LAD code) and the LSIP area it belongs to. */
public record LocalAuthority(String ladCode, String name, String lsipCode, String lsipArea2025) {
}
