package uk.skillsplan.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.skillsplan.testing.ServiceTest;

/** Flyway loaded the ONS/DfE reference data completely, and the service finds things in it. */
class ReferenceDataTest extends ServiceTest {

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void all_38_lsip_areas_are_loaded() {
        assertThat(referenceData.areas()).hasSize(38);
        assertThat(referenceData.area("E69000037")).hasValueSatisfying(
                area -> assertThat(area.name()).isEqualTo("West Yorkshire"));
    }

    @Test
    void all_296_local_authorities_are_loaded_each_in_a_known_area() {
        assertThat(referenceData.localAuthorities()).hasSize(296);
        assertThat(referenceData.localAuthorities()).allSatisfy(la -> assertThat(referenceData.area(la.lsipCode())).isPresent());
        assertThat(referenceData.localAuthority("E08000035")).hasValueSatisfying(leeds -> {
            assertThat(leeds.name()).isEqualTo("Leeds");
            assertThat(leeds.lsipCode()).isEqualTo("E69000037");
        });
        assertThat(referenceData.localAuthoritiesIn("E69000037")).extracting(LocalAuthority::name)
                .containsExactlyInAnyOrder("Bradford", "Calderdale", "Kirklees", "Leeds", "Wakefield");
    }

    @Test
    void all_412_soc_2020_unit_groups_and_9_major_groups_are_loaded() {
        assertThat(count("soc_unit")).isEqualTo(412);
        assertThat(referenceData.socMajorGroups()).hasSize(9);
    }

    @Test
    void all_21_sic_2007_sections_are_loaded() {
        assertThat(referenceData.sicSections()).hasSize(21);
        assertThat(referenceData.sicSections().getFirst().code()).isEqualTo("A");
        assertThat(referenceData.sicSections().getLast().code()).isEqualTo("U");
    }

    @Test
    void all_4_employer_size_bands_are_loaded_and_match_the_size_band_names() {
        assertThat(count("size_band")).isEqualTo(4);
        for (SizeBand band : SizeBand.values()) {
            assertThat(jdbc.sql("select count(*) from size_band where code = :code").param("code", band.code())
                    .query(Integer.class).single()).as(band.code()).isEqualTo(1);
        }
    }

    @Test
    void occupations_are_found_by_part_of_their_name_whatever_the_case() {
        assertThat(referenceData.searchOccupations("NURSES", 20)).extracting(SocGroup::code)
                .contains("2231", "2232", "2233");
        assertThat(referenceData.searchOccupations("nurses", 20))
                .allSatisfy(group -> assertThat(group.name().toLowerCase()).contains("nurses"));
    }

    @Test
    void occupations_are_found_by_their_code() {
        assertThat(referenceData.searchOccupations("2231", 10)).singleElement()
                .satisfies(group -> {
                    assertThat(group.name()).isEqualTo("Midwifery nurses");
                    assertThat(group.majorCode()).isEqualTo(2);
                });
        assertThat(referenceData.occupation("2231")).isPresent();
        assertThat(referenceData.occupation("0000")).isEmpty();
    }

    @Test
    void an_occupation_search_returns_at_most_100_groups() {
        assertThat(referenceData.searchOccupations("", 1000)).hasSize(100);
        assertThat(referenceData.searchOccupations("", 0)).hasSize(1);
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
