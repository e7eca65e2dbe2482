package uk.skillsplan.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** After each test, puts the shared context's {@link TestClock} back, whatever the test did to it. */
class ResetTestClock implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
    }
}
