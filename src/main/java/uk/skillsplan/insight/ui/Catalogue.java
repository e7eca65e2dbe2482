package uk.skillsplan.insight.ui;

import java.util.List;
import java.util.Optional;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricKind;

/** Picks metrics from the catalogue by the questions they read (question codes are stable; metric codes are the engine's). */
final class Catalogue {

    private Catalogue() {
    }

    static Optional<Metric> reading(List<Metric> catalogue, String questionCode, MetricKind... kinds) {
        List<MetricKind> wanted = List.of(kinds);
        return catalogue.stream()
                .filter(m -> wanted.isEmpty() || wanted.contains(m.kind()))
                .filter(m -> m.questionCodes().contains(questionCode))
                .findFirst();
    }
}
