package uk.skillsplan.survey;

/** Reference lists a choice question can take its options from, instead of listing them. */
public enum OptionSource {
    SIC_SECTIONS, SIZE_BANDS, LOCAL_AUTHORITIES
}
