package uk.skillsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The top-level packages are Spring Modulith modules; their boundaries hold and they form no cycles. */
class ModularityTest {

    /** The modules the style guide names; a new top-level package belongs on this list (and in STYLE.md) first. */
    private static final Set<String> KNOWN_MODULES = Set.of("base", "security", "directory", "survey", "response",
            "insight", "outreach", "plan", "demo");

    private static final String DOCS = "target/spring-modulith-docs";

    private static final ApplicationModules MODULES = ApplicationModules.of(SkillsPlanApplication.class);

    @Test
    void modules_use_only_each_others_public_api_and_form_no_cycles() {
        MODULES.verify();
    }

    @Test
    void every_module_is_one_the_style_guide_names() {
        List<String> names = MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString).toList();

        assertThat(names).contains("base", "security", "directory");
        assertThat(KNOWN_MODULES).containsAll(names);
    }

    @Test
    void module_documentation_is_written_as_plantuml() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS)).writeModulesAsPlantUml();

        Path components = Path.of(DOCS, "components.puml");
        assertThat(components).exists();
        String diagram = Files.readString(components);
        MODULES.forEach(module -> assertThat(diagram).contains(module.getDisplayName()));
    }
}
