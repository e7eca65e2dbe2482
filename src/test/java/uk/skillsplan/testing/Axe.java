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

    /**
     * Runs axe and returns each violation as id, impact, help, helpUrl, node count, first targets and
     * the first node's failure summary.
     *
     * <p>One known false positive of axe-core 4.6.3 (the newest axe-core webjar on Maven Central) is
     * dropped: {@code aria-required-children} counts children that are hidden from assistive
     * technology (axe-core issues 3850 and 4090, fixed in 4.7 and 4.8). Every vaadin-grid has such a
     * child: its column-sizing row, a {@code <caption id="sizer">} of {@code role="gridcell"} cells
     * with {@code visibility: hidden}, which Chrome's accessibility tree leaves out. A node is dropped
     * only when all the children axe names are hidden; any other finding of the rule still counts.
     */
    private static final String RUN_AXE = """
            async () => {
              // Vaadin's own connection indicator is an empty status element outside any landmark.
              const context = { exclude: [['vaadin-connection-indicator']] };
              const results = await axe.run(context, { resultTypes: ['violations'] });
              const selector = t => Array.isArray(t) ? t.join(' >>> ') : String(t);
              const element = target => {
                const path = [].concat(target[target.length - 1]);
                let root = document;
                for (let i = 0; i < path.length - 1; i++) {
                  const host = root.querySelector(path[i]);
                  if (!host || !host.shadowRoot) return null;
                  root = host.shadowRoot;
                }
                return root.querySelector(path[path.length - 1]);
              };
              const hidden = target => {
                const found = element(target);
                return found !== null && !found.checkVisibility({ visibilityProperty: true });
              };
              const onlyHiddenChildren = (v, n) => {
                if (v.id !== 'aria-required-children') return false;
                const related = [...n.any, ...n.all, ...n.none].flatMap(check => check.relatedNodes);
                return related.length > 0 && related.every(r => hidden(r.target));
              };
              return results.violations
                .map(v => ({ ...v, nodes: v.nodes.filter(n => !onlyHiddenChildren(v, n)) }))
                .filter(v => v.nodes.length > 0)
                .map(v => ({
                  id: v.id,
                  impact: v.impact || 'unknown',
                  help: v.help,
                  helpUrl: v.helpUrl,
                  nodes: v.nodes.length,
                  targets: v.nodes.slice(0, %d).map(n => n.target.map(selector).join(' ')).join(' | '),
                  summary: (v.nodes[0].failureSummary || '').replace(/\\s+/g, ' ').trim()
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
                + " (" + violation.get("nodes") + " element(s), e.g. " + violation.get("targets") + ": "
                + violation.get("summary") + ") " + violation.get("helpUrl");
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
