package uk.skillsplan.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context every integration test shares: the whole app on a random port (so that
 * browser tests and service tests reuse the same context), profile {@code test}, plus any profiles
 * named in the system property {@code skillsplan.test.profiles} (CI adds {@code postgres}), with the
 * settable {@link TestClock} as the application's clock, put back after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfiguration.class)
@ExtendWith(ResetTestClock.class)
public @interface SkillsPlanTest {
}
