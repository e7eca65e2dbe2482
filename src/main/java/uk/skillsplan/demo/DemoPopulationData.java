package uk.skillsplan.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.skillsplan.insight.PopulationImportPreview;
import uk.skillsplan.insight.PopulationImportService;
import uk.skillsplan.insight.ProvisionImportResult;
import uk.skillsplan.insight.ProvisionImportService;
import uk.skillsplan.security.DemoDataPolicy;
import uk.skillsplan.security.SystemAuthentication;

/**
 * The demo areas' real business population and provision: the shipped ONS UK Business Counts file
 * (enterprises, 2022, as downloaded from Nomis) and DfE's achievements by sector subject area and
 * district (2021/22), loaded through the same importers an ERB lead uses, once per area while the
 * area has no import yet.
 */
@Component
@Order(15)
class DemoPopulationData implements ApplicationRunner {

    static final String POPULATION_FILE = "ubc_enterprises_broad_industry_2022_nomis.csv";
    static final String PROVISION_FILE = "fe_achievements_ssa_t1_lad_202122.csv";

    private static final Logger log = LoggerFactory.getLogger(DemoPopulationData.class);

    private final DemoDataPolicy policy;
    private final PopulationImportService population;
    private final ProvisionImportService provision;

    DemoPopulationData(DemoDataPolicy policy, PopulationImportService population, ProvisionImportService provision) {
        this.policy = policy;
        this.population = population;
        this.provision = provision;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.enabled()) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> DemoSurveyData.DEMO_AREAS.forEach(this::load));
    }

    private void load(String area) {
        if (population.imports(area).isEmpty()) {
            PopulationImportPreview preview = read(POPULATION_FILE, in -> population.check(area, POPULATION_FILE, in));
            if (!preview.ok()) {
                throw new IllegalStateException("The shipped population file was refused: " + preview.errors());
            }
            population.confirm(preview, null);
            log.info("Demo business population loaded for {}: {} enterprises", area, preview.year(preview.latestYear())
                    .totalBusinesses());
        }
        if (provision.imports(area).isEmpty()) {
            ProvisionImportResult result = read(PROVISION_FILE, in -> provision.importFile(area, PROVISION_FILE, in));
            if (!result.ok()) {
                throw new IllegalStateException("The shipped provision file was refused: " + result.errors());
            }
        }
    }

    private interface Reading<T> {
        T read(InputStream in);
    }

    private static <T> T read(String file, Reading<T> reading) {
        try (InputStream in = DemoPopulationData.class.getResourceAsStream("/reference/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The shipped file " + file + " is missing from the build.");
            }
            return reading.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
