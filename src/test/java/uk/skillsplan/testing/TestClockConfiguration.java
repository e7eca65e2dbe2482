package uk.skillsplan.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts the {@link TestClock} in place of the application's system clock. {@code @Primary} rather
 * than bean overriding, so that an accidental duplicate bean elsewhere still fails to start; the
 * configuration is part of {@link SkillsPlanTest}, so every test still shares one context.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
