package uk.skillsplan.plan;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts {@link FixedEvidence} in front of the real insight engine; tests importing it share one context. */
@TestConfiguration
public class FixedEvidenceConfiguration {

    @Bean
    @Primary
    FixedEvidence fixedEvidence() {
        return new FixedEvidence();
    }
}
