package uk.skillsplan.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context every integration test shares: the whole app on a random port (so that
 * browser tests and service tests reuse the same context), profile {@code test}, plus any profiles
 * named in the system property {@code skillsplan.test.profiles} (CI adds {@code postgres}), and a
 * {@link TestClock} that tests may move on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClock.Configuration.class)
public @interface SkillsPlanTest {
}
