package uk.skillsplan.testing;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Accessibility scans with axe-core (from the {@code org.webjars.npm:axe-core} test dependency),
 * injected into the page under test. Serious and critical violations fail the test; minor and
 * moderate ones are printed so that they are seen but do not block.
 */
public final class Axe {

    /** The webjar names its own version, so that a version bump in pom.xml needs no change here. */
    private static final String AXE_POM_PROPERTIES = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";
    private static final int MAX_TARGETS = 3;

    /** Runs axe and returns each violation as id, impact, help, helpUrl, node count and first targets. */
    private static final String RUN_AXE = """
            async () => {
              // Vaadin's own connection indicator is an empty status element outside any landmark.
              const context = { exclude: [['vaadin-connection-indicator']] };
              const results = await axe.run(context, { resultTypes: ['violations'] });
              const selector = t => Array.isArray(t) ? t.join(' >>> ') : String(t);
              return results.violations.map(v => ({
                id: v.id,
                impact: v.impact || 'unknown',
                help: v.help,
                helpUrl: v.helpUrl,
                nodes: v.nodes.length,
                targets: v.nodes.slice(0, %d).map(n => n.target.map(selector).join(' ')).join(' | ')
              }));
            }""".formatted(MAX_TARGETS);

    private static volatile String axeSource;

    private Axe() {
    }

    /**
     * Scans the page as it is now (after Vaadin has settled) and fails listing every serious or
     * critical violation.
     */
    public static void assertNoSeriousViolations(Page page, String pageName) {
        List<Map<String, Object>> violations = scan(page);
        List<Map<String, Object>> serious = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
        violations.stream().filter(v -> !serious.contains(v))
                .forEach(v -> System.out.println("axe (" + pageName + ", not failing): " + describe(v)));
        if (!serious.isEmpty()) {
            throw new AssertionError(serious.size() + " serious or critical accessibility violation(s) on "
                    + pageName + " (" + page.url() + "):\n"
                    + serious.stream().map(v -> "  - " + describe(v)).collect(Collectors.joining("\n")));
        }
    }

    /** Every violation axe finds on the page, whatever its impact. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> scan(Page page) {
        BrowserTest.waitForVaadin(page);
        Object loaded = page.evaluate("() => typeof window.axe !== 'undefined'");
        if (!Boolean.TRUE.equals(loaded)) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource()));
        }
        return (List<Map<String, Object>>) page.evaluate(RUN_AXE);
    }

    private static String describe(Map<String, Object> violation) {
        return violation.get("id") + " [" + violation.get("impact") + "] " + violation.get("help")
                + " (" + violation.get("nodes") + " element(s), e.g. " + violation.get("targets") + ") "
                + violation.get("helpUrl");
    }

    private static String axeSource() {
        if (axeSource == null) {
            String resource = "META-INF/resources/webjars/axe-core/" + webjarVersion() + "/axe.min.js";
            axeSource = new String(read(resource), StandardCharsets.UTF_8);
        }
        return axeSource;
    }

    private static String webjarVersion() {
        Properties properties = new Properties();
        try {
            properties.load(new java.io.ByteArrayInputStream(read(AXE_POM_PROPERTIES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static byte[] read(String resource) {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath: is the "
                        + "org.webjars.npm:axe-core test dependency in pom.xml?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
