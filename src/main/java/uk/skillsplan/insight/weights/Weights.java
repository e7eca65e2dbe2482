package uk.skillsplan.insight.weights;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.insight.PopulationImportSummary;
import uk.skillsplan.insight.PopulationIndustryScheme;
import uk.skillsplan.insight.population.IndustryCells;
import uk.skillsplan.insight.population.PopulationStore;

/**
 * A round's weights against its area's latest population import: read when fresh, computed (in a
 * transaction of their own, so that a read-only page can ask for them) when there are none or the
 * round's submitted responses have changed since. No access checks here: callers check.
 */
@Component
public class Weights {

    private final WeightStore store;
    private final PopulationStore populations;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final Calibration.Options defaults;

    Weights(WeightStore store, PopulationStore populations, Clock clock, PlatformTransactionManager transactions,
            @Value("${skillsplan.weights.min-responses:5}") int minResponses,
            @Value("${skillsplan.weights.trim-factor:5}") double trimFactor) {
        this.store = store;
        this.populations = populations;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.defaults = new Calibration.Options(minResponses, false, trimFactor);
    }

    public Calibration.Options defaults() {
        return defaults;
    }

    /** The area's latest population import, which weights are computed against. */
    public Optional<PopulationImportSummary> population(String lsipCode) {
        return populations.imports(lsipCode).stream().findFirst();
    }

    /**
     * The round's current weights: the stored run if the round's responses have not changed since, else
     * computed again with the stored run's options (or the defaults). Empty when the area has no population.
     */
    public Optional<WeightRun> current(long roundId, String lsipCode) {
        Optional<PopulationImportSummary> population = population(lsipCode);
        if (population.isEmpty()) {
            return Optional.empty();
        }
        long importId = population.get().id();
        Optional<WeightRun> stored = store.run(roundId, importId);
        if (stored.isPresent() && stored.get().fingerprint().equals(store.fingerprint(roundId))) {
            return stored;
        }
        return Optional.of(compute(roundId, population.get(), stored.map(WeightRun::options).orElse(defaults)));
    }

    /** Computes and stores the round's weights with {@code options}. */
    public WeightRun compute(long roundId, PopulationImportSummary population, Calibration.Options options) {
        try {
            return writing.execute(status -> computeAndStore(roundId, population, options));
        } catch (DuplicateKeyException raced) {
            // Another request computed the same weights at the same moment: theirs are as good.
            return store.run(roundId, population.id()).orElseThrow(() -> raced);
        }
    }

    public List<Calibration.Stratum> strata(WeightRun run) {
        return store.strata(run.roundId(), run.importId());
    }

    private WeightRun computeAndStore(long roundId, PopulationImportSummary population, Calibration.Options options) {
        String fingerprint = store.fingerprint(roundId);
        PopulationIndustryScheme scheme = population.industryScheme();
        Map<String, long[]> cells = new LinkedHashMap<>();
        Set<String> industries = new LinkedHashSet<>();
        for (WeightStore.BusinessCell b : store.businesses(population.id())) {
            String industry = IndustryCells.ofPopulation(scheme, b.industry());
            industries.add(industry);
            cells.computeIfAbsent(b.lad() + "|" + industry + "|" + b.band(), k -> new long[2])[0] += b.businesses();
        }
        Map<String, Long> cellResponses = new LinkedHashMap<>();
        int unweighted = 0;
        for (WeightStore.ResponseCell r : store.responses(roundId)) {
            String industry = IndustryCells.ofSection(scheme, r.sicSection());
            if (industry == null || r.band() == null || (options.rake() && r.lad().equals("-"))) {
                unweighted += (int) r.responses();
                continue;
            }
            industries.add(industry);
            cells.computeIfAbsent(r.lad() + "|" + industry + "|" + r.band(), k -> new long[2])[1] += r.responses();
            cellResponses.put(r.lad() + "|" + r.sicSection() + "|" + r.band() + "|" + industry, r.responses());
        }
        List<Calibration.Cell> input = new ArrayList<>();
        cells.forEach((key, counts) -> {
            String[] k = key.split("\\|");
            input.add(new Calibration.Cell(k[0], k[1], k[2], counts[0], counts[1]));
        });
        List<String> bands = java.util.Arrays.stream(SizeBand.values()).map(SizeBand::code).toList();
        List<String> ordered = industries.stream().sorted(java.util.Comparator.comparing(Weights::order)).toList();
        Calibration.Result result = Calibration.compute(input, ordered, bands, options);
        WeightRun run = new WeightRun(roundId, population.id(), options, result.converged(), result.cap(),
                result.businesses(), (int) result.responses(), unweighted, result.sumOfWeights(), result.sumOfSquares(),
                fingerprint, clock.instant());
        store.save(run, result, cellResponses);
        return run;
    }

    /** Groups by number (1, 2, ..., 5-7, ..., 18), sections by letter. */
    static String order(String industry) {
        String digits = industry.split("-")[0];
        return digits.chars().allMatch(Character::isDigit) ? String.format("%03d", Integer.parseInt(digits)) : industry;
    }
}
