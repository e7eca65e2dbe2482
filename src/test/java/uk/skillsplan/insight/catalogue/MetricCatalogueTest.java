package uk.skillsplan.insight.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricKind;

/** The catalogue reads questions that exist, compares with benchmarks that exist, and is documented. */
class MetricCatalogueTest {

    final MetricCatalogue catalogue = new MetricCatalogue();

    @Test
    void every_metric_reads_questions_of_the_shipped_questionnaires() throws IOException {
        Set<String> codes = questionCodes();
        for (Metric m : catalogue.metrics()) {
            assertThat(codes).as(m.code()).containsAll(m.questionCodes());
            CatalogueEntry e = catalogue.entry(m.code()).orElseThrow();
            e.establishment().pivots().forEach(p -> assertThat(codes).as(m.code()).contains(p.question()));
            assertThat(e.establishment().optionQuestion() != null).as(m.code()).isEqualTo(m.kind() == MetricKind.OPTION_SHARES);
        }
    }

    @Test
    void every_benchmark_key_is_in_the_national_benchmarks() throws IOException {
        String benchmarks = Files.readString(Path.of("src/main/resources/reference/ess_benchmarks.csv"));
        catalogue.metrics().stream().filter(m -> m.benchmark() != null)
                .forEach(m -> assertThat(benchmarks).as(m.code()).contains("," + m.benchmark() + ","));
    }

    @Test
    void every_metric_is_documented_in_docs_metrics_md() throws IOException {
        String doc = Files.readString(Path.of("docs/metrics.md"));
        assertThat(catalogue.codes()).allSatisfy(code -> assertThat(doc).contains("`" + code + "`"));
    }

    @Test
    void the_insecurity_score_is_labelled_an_approximation_and_nothing_else_is() {
        List<String> approximations = catalogue.metrics().stream().filter(m -> m.approximation() != null)
                .map(Metric::code).toList();
        assertThat(approximations).containsExactly("INSECURITY_SCORE");
    }

    private static Set<String> questionCodes() throws IOException {
        Pattern code = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z0-9_]+)\"");
        try (var files = Files.list(Path.of("src/main/resources/questionnaires"))) {
            return files.flatMap(f -> {
                try {
                    Matcher m = code.matcher(Files.readString(f));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
    }
}
