package uk.skillsplan.insight.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import uk.skillsplan.insight.CrosswalkEntry;
import uk.skillsplan.insight.provision.SectorSubjectAreas;

/** The shipped crosswalk file covers every SOC 2020 sub-major group and SIC 2007 section, and each group's shares sum to 1. */
class CrosswalkTest {

    @Test
    void every_soc_submajor_group_and_sic_section_of_the_reference_files_is_mapped() throws IOException {
        assertThat(codes(Crosswalk.SOC_SUBMAJOR)).containsExactlyInAnyOrderElementsOf(column("reference/soc2020_submajor.csv", "submajor_code"));
        assertThat(codes(Crosswalk.SIC_SECTION)).containsExactlyInAnyOrderElementsOf(column("reference/sic2007_sections.csv", "section"));
    }

    @Test
    void each_groups_shares_sum_to_one_and_name_real_subject_areas() {
        Map<String, Double> sums = Crosswalk.withMajorGroups().stream().collect(Collectors.groupingBy(
                e -> e.scheme() + ":" + e.code(), Collectors.summingDouble(CrosswalkEntry::share)));
        assertThat(sums).hasSize(26 + 21 + 9);
        assertThat(sums.values()).allSatisfy(total -> assertThat(total).isCloseTo(1.0, within(1e-9)));
        assertThat(Crosswalk.entries()).allSatisfy(e -> {
            assertThat(e.share()).isGreaterThan(0).isLessThanOrEqualTo(1);
            assertThat(SectorSubjectAreas.code(e.ssaName())).as(e.ssaName()).contains(e.ssaCode());
            assertThat(e.reason()).isNotBlank();
        });
    }

    @Test
    void a_major_groups_share_is_the_mean_of_its_sub_major_groups() {
        // SOC 2 (professionals): 21, 22, 23, 24; health gets (0 + 0.8 + 0 + 0.15) / 4.
        assertThat(Crosswalk.withMajorGroups()).filteredOn(e -> e.scheme().equals(Crosswalk.SOC_MAJOR) && e.code().equals("2")
                && e.ssaCode().equals("SSA_01")).singleElement().satisfies(e -> assertThat(e.share()).isCloseTo(0.2375, within(1e-12)));
    }

    private static List<String> codes(String scheme) {
        return Crosswalk.entries().stream().filter(e -> e.scheme().equals(scheme)).map(CrosswalkEntry::code).distinct().toList();
    }

    private static List<String> column(String file, String name) throws IOException {
        try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(r -> r.get(name)).toList();
        }
    }
}
