package uk.skillsplan.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.response.ImportError;
import uk.skillsplan.testing.ServiceTest;

/**
 * The DfE provision import, fed with the shipped Explore Education Statistics file and with files
 * in the LSIP-level participation and achievement layout (issue 9, point 5): byte-order mark,
 * symbols, spellings of geographic levels, drifting column names, trailing spaces, sums of districts.
 */
class ProvisionImportServiceTest extends ServiceTest {

    static final String WEST_YORKSHIRE = "E69000037";
    static final String SHIPPED = "fe_achievements_ssa_t1_lad_202122.csv";
    static final String LSIP_HEADER = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
            + "region_name,new_la_code,old_la_code,la_name,lad_code,lad_name,pcon_code,pcon_name,english_devolved_area_code,"
            + "english_devolved_area_name,local_enterprise_partnership_code,local_enterprise_partnership_name,lsip_code,"
            + "lsip_name,provision_type,regulated_status,level_or_type,age_summary,starts,participation,"
            + "learner_achievements,population_estimate,starts_rate_per_100000_population,"
            + "participation_rate_per_100000_population,learner_achievements_rate_per_100000_population";

    @Autowired
    ProvisionImportService provision;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_shipped_district_file_is_summed_to_the_area_keeping_symbols_as_symbols() {
        signInAs("erb");

        ProvisionImportResult result = provision.importFile(WEST_YORKSHIRE, SHIPPED, shipped());

        assertThat(result.errors()).isEmpty();
        ProvisionImportSummary imported = result.imported();
        assertThat(imported.timePeriod()).isEqualTo("202122");
        assertThat(imported.academicYear()).isEqualTo("2021/22");
        assertThat(imported.summedFromDistricts()).isTrue();
        assertThat(result.notes()).anyMatch(n -> n.contains("no LSIP area level"));
        List<ProvisionFigure> figures = provision.figures(imported.id());
        // 5 districts and the area, 16 subject areas and the total.
        assertThat(figures).hasSize(6 * 17);
        // Bradford 2,250 + Calderdale 680 + Kirklees 1,230 + Leeds 2,270 + Wakefield 930.
        assertThat(area(figures, "Total")).isEqualTo(new ProvisionFigure("AREA", WEST_YORKSHIRE, "Total", "Total",
                "achievements", 7360L, null, false));
        // 40 + ~ + 10 + 10 + ~: a lower bound, marked incomplete; never ~ read as 0 without saying so.
        assertThat(area(figures, "Agriculture, Horticulture and Animal Care")).satisfies(f -> {
            assertThat(f.amount()).isEqualTo(60L);
            assertThat(f.incomplete()).isTrue();
        });
        assertThat(area(figures, "History, Philosophy and Theology")).satisfies(f -> {
            assertThat(f.amount()).isNull();
            assertThat(f.symbol()).isEqualTo("~");
        });
        assertThat(figures).filteredOn(f -> f.geographyCode().equals("E08000035") && f.subject().equals("Total"))
                .extracting(ProvisionFigure::amount).containsExactly(2270L);
    }

    @Test
    void old_districts_are_summed_into_their_successor() {
        signInAs("admin");

        ProvisionImportResult result = provision.importFile("E69000006", SHIPPED, shipped());

        assertThat(result.errors()).isEmpty();
        // Allerdale 170 + Carlisle 150 + Copeland 140.
        assertThat(provision.figures(result.imported().id())).filteredOn(f -> f.geographyCode().equals("E06000063")
                && f.subject().equals("Total")).extracting(ProvisionFigure::amount).containsExactly(460L);
        assertThat(result.notes()).anyMatch(n -> n.startsWith("Allerdale (E07000026) was merged into Cumberland"));
    }

    @Test
    void the_lsip_layout_uses_the_area_rows_with_a_byte_order_mark_other_spellings_and_trailing_spaces() {
        signInAs("erb");
        String file = "\uFEFF" + LSIP_HEADER + "\n"
                + lsipRow("Local skills improvement plan area", "", "", "E69000037", "West Yorkshire   ", "Total", "Total",
                        "12340", "c", "low")
                + lsipRow("Local skills improvement plan area", "", "", "E69000037", "West Yorkshire ", "Total", "Level 3",
                        "x", "z", "500")
                + lsipRow("Local skills improvement plan area", "", "", "E69000014", "Greater Manchester", "Total", "Total",
                        "99999", "1", "1")
                + lsipRow("Local skills improvement plan area", "", "", "E69000037", "West Yorkshire", "Apprenticeships",
                        "Total", "777", "7", "7")
                + lsipRow("Local authority district", "E08000035", "Leeds", "E69000037", "West Yorkshire", "Total", "Total",
                        "4000", "3000", "2000")
                + lsipRow("National", "", "", "", "", "Total", "Total", "1", "1", "1");

        ProvisionImportResult result = provision.importFile(WEST_YORKSHIRE, "fe-lsip.csv", bytes(file));

        assertThat(result.errors()).isEmpty();
        assertThat(result.imported().summedFromDistricts()).isFalse();
        assertThat(result.imported().layout()).contains("LSIP");
        List<ProvisionFigure> figures = provision.figures(result.imported().id());
        assertThat(figures).filteredOn(f -> f.geographyLevel().equals("AREA") && f.level().equals("Total"))
                .extracting(ProvisionFigure::measure, ProvisionFigure::amount, ProvisionFigure::symbol)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("starts", 12340L, null),
                        org.assertj.core.groups.Tuple.tuple("participation", null, "c"),
                        org.assertj.core.groups.Tuple.tuple("learner_achievements", null, "low"));
        assertThat(figures).filteredOn(f -> f.geographyLevel().equals("AREA") && f.level().equals("Level 3"))
                .extracting(ProvisionFigure::symbol).containsExactlyInAnyOrder("x", "z", null);
        assertThat(figures).filteredOn(f -> f.geographyCode().equals("E08000035") && f.measure().equals("starts"))
                .extracting(ProvisionFigure::amount).containsExactly(4000L);
        assertThat(result.notes()).anyMatch(n -> n.contains("\"National\"")).anyMatch(n -> n.contains("other filters"));
    }

    @Test
    void drifting_column_names_and_the_ofqual_subject_name_are_accepted_and_districts_summed() {
        signInAs("erb");
        String file = "location,location_code,geographic_level,time_period,notional_nvq_level,ssa_tier_1,e_and_t_aims_ach\n"
                + "Leeds,E08000035,Local authority district,202223,Total,Digital Technology,100\n"
                + "Bradford,E08000032,Local authority district,202223,Total,Digital Technology,low\n"
                + "Leeds,E08000035,Local authority district,202122,Total,Digital Technology,90\n"
                + "Cardiff,W06000015,Local authority district,202223,Total,Digital Technology,50\n";

        ProvisionImportResult result = provision.importFile(WEST_YORKSHIRE, "fe.csv", bytes(file));

        assertThat(result.errors()).isEmpty();
        assertThat(result.imported().timePeriod()).as("the latest period").isEqualTo("202223");
        assertThat(provision.figures(result.imported().id())).filteredOn(f -> f.geographyLevel().equals("AREA"))
                .singleElement().satisfies(f -> {
                    assertThat(f.subject()).isEqualTo("Information and Communication Technology");
                    assertThat(f.amount()).isEqualTo(100L);
                    assertThat(f.incomplete()).isTrue();
                });
        assertThat(result.notes()).anyMatch(n -> n.contains("1 district outside England"));
    }

    @Test
    void bad_files_are_refused_with_row_level_reasons_and_nothing_is_written() throws IOException {
        signInAs("erb");
        int before = jdbc.queryForObject("select count(*) from provision_import", Integer.class);
        String file = "location,location_code,geographic_level,time_period,ssa_t1_desc,e_and_t_aims_ach\n"
                + "Leeds,E08000035,localAuthorityDistrict,202122,Total,=1+1\n"
                + "Leeds,E08000035,localAuthorityDistrict,202122,Engineering and Manufacturing Technologies,-10\n"
                + "Leeds,E08000035,localAuthorityDistrict,202122,Underwater Basket Weaving,10\n"
                + "Bradford,E08000032,localAuthorityDistrict,202122,Total,\n";

        ProvisionImportResult result = provision.importFile(WEST_YORKSHIRE, "fe.csv", bytes(file));

        assertThat(result.ok()).isFalse();
        assertThat(result.imported()).isNull();
        assertThat(result.errors()).extracting(ImportError::row).containsExactly(2, 3, 4, 5);
        assertThat(result.errors().getFirst().column()).isEqualTo("e_and_t_aims_ach");
        assertThat(result.errors()).extracting(ImportError::reason).anyMatch(r -> r.contains("neither a number"))
                .anyMatch(r -> r.contains("negative")).anyMatch(r -> r.contains("not a sector subject area"))
                .anyMatch(r -> r.contains("missing"));
        assertThat(jdbc.queryForObject("select count(*) from provision_import", Integer.class)).isEqualTo(before);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        provision.writeReport(result, report);
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("'=1+1");

        assertThat(provision.importFile(WEST_YORKSHIRE, "fe.csv", bytes("a,b\n1,2\n")).errors().getFirst().reason())
                .contains("it has no geographic_level");
    }

    @Test
    void an_import_for_another_area_is_refused() {
        signInAs("erb");
        assertThatThrownBy(() -> provision.importFile("E69000014", SHIPPED, shipped())).isInstanceOf(AccessDeniedException.class);
        signInAs("provider");
        assertThatThrownBy(() -> provision.imports(WEST_YORKSHIRE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_demo_areas_start_with_the_shipped_provision_data() {
        signInAs("admin");
        assertThat(provision.imports("E69000005")).extracting(ProvisionImportSummary::fileName).contains(SHIPPED);
    }

    private static String lsipRow(String level, String ladCode, String ladName, String lsipCode, String lsipName,
                                  String provisionType, String levelOrType, String starts, String participation,
                                  String achievements) {
        return String.join(",", "202324", "Academic year", level, "E92000001", "England", "E12000003",
                "Yorkshire and The Humber", "", "", "", ladCode, ladName, "", "", "", "", "", "", lsipCode,
                "\"" + lsipName + "\"", provisionType, "Total", levelOrType, "Total", starts, participation, achievements,
                "100000", "1.5", "2.5", "3.5") + "\n";
    }

    private static ProvisionFigure area(List<ProvisionFigure> figures, String subject) {
        return figures.stream().filter(f -> f.geographyLevel().equals("AREA") && f.subject().equals(subject))
                .findFirst().orElseThrow();
    }

    static InputStream shipped() {
        return ProvisionImportServiceTest.class.getResourceAsStream("/reference/" + SHIPPED);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
