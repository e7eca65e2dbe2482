package uk.skillsplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import java.lang.annotation.Annotation;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import uk.skillsplan.response.BulkSubmissions;
import uk.skillsplan.response.ResponseImportService;
import uk.skillsplan.response.answering.SubmittedResponseWriter;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** House rules from STYLE.md that the compiler cannot check. */
@AnalyzeClasses(packages = "uk.skillsplan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "uk.skillsplan";

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS = List.of(RolesAllowed.class,
            PermitAll.class, AnonymousAllowed.class, DenyAll.class);

    @ArchTest
    static final ArchRule views_never_use_repositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("views call services, which check access and hold the transactions");

    @ArchTest
    static final ArchRule views_never_use_entities_or_other_domain_classes = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + "..domain..")
            .because("views work with the records a service returns, never with entities");

    @ArchTest
    static final ArchRule entities_live_in_domain_packages = classes().that().areAnnotatedWith(Entity.class)
            .should().resideInAPackage(ROOT + ".*.domain..");

    @ArchTest
    static final ArchRule entities_are_used_only_inside_their_own_module = classes().that().areAnnotatedWith(Entity.class)
            .should(beUsedOnlyInsideTheirOwnModule())
            .because("modules pass ids and records to each other, never entities");

    @ArchTest
    static final ArchRule repositories_are_used_only_inside_their_own_module = classes()
            .that().haveSimpleNameEndingWith("Repository")
            .should(beUsedOnlyInsideTheirOwnModule())
            .because("another module goes through this module's service");

    @ArchTest
    static final ArchRule services_do_not_depend_on_views = noClasses()
            .that().haveSimpleNameEndingWith("Service").and().resideInAPackage(ROOT + ".*")
            .should().dependOnClassesThat().resideInAPackage("..ui..")
            .because("a service serves every way in (view, import, job), so it cannot know about screens");

    @ArchTest
    static final ArchRule services_guard_methods_with_pre_authorize_not_jsr_250 = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .should().notBeAnnotatedWith(RolesAllowed.class)
            .andShould().notBeAnnotatedWith(PermitAll.class)
            .andShould().notBeAnnotatedWith(DenyAll.class)
            .because("method security is configured for @PreAuthorize only; JSR-250 annotations are for views, "
                    + "where Vaadin reads them, and would not protect a service method");

    @ArchTest
    static final ArchRule services_are_not_annotated_with_jsr_250_either = noClasses()
            .that().areAnnotatedWith(Service.class)
            .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(DenyAll.class)
            .because("method security is configured for @PreAuthorize only");

    @ArchTest
    static final ArchRule views_and_layouts_declare_who_may_open_them = classes()
            .that().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
            .should(declareExactlyOneAccessRule())
            .because("Vaadin denies a view that declares nothing, and two declarations leave readers guessing");

    @ArchTest
    static final ArchRule views_have_a_page_title = classes().that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(PageTitle.class).orShould().implement(HasDynamicTitle.class)
            .because("screen-reader users hear the title first when a page opens");

    @ArchTest
    static final ArchRule no_field_injection = noFields().should().beAnnotatedWith(Autowired.class)
            .because("dependencies come in through the constructor, so that a class shows what it needs");

    @ArchTest
    static final ArchRule modules_depend_only_in_the_direction_the_style_guide_allows = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("demo").definedBy(ROOT + ".demo..")
            .layer("plan").definedBy(ROOT + ".plan..")
            .layer("insight").definedBy(ROOT + ".insight..")
            .layer("response").definedBy(ROOT + ".response..")
            .layer("survey").definedBy(ROOT + ".survey..")
            .layer("directory").definedBy(ROOT + ".directory..")
            .layer("security").definedBy(ROOT + ".security..")
            .layer("base").definedBy(ROOT + ".base..")
            .whereLayer("demo").mayNotBeAccessedByAnyLayer()
            .whereLayer("plan").mayOnlyBeAccessedByLayers("demo")
            .whereLayer("insight").mayOnlyBeAccessedByLayers("plan", "demo")
            .whereLayer("response").mayOnlyBeAccessedByLayers("insight", "plan", "demo")
            .whereLayer("survey").mayOnlyBeAccessedByLayers("response", "insight", "plan", "demo")
            .whereLayer("directory").mayOnlyBeAccessedByLayers("survey", "response", "insight", "plan", "demo")
            .whereLayer("security").mayOnlyBeAccessedByLayers("directory", "survey", "response", "insight", "plan", "demo")
            .whereLayer("base").mayOnlyBeAccessedByLayers("security", "directory", "survey", "response", "insight", "plan", "demo");

    @ArchTest
    static final ArchRule services_name_no_roles_in_pre_authorize = methods()
            .that().areDeclaredInClassesThat().resideOutsideOfPackage(ROOT + ".security")
            .should().notBeAnnotatedWith(PreAuthorize.class)
            .because("who may call a service is said with the annotations of the security module (@AdminOnly, "
                    + "@ErbLeadOrAdmin, @RespondentOnly, @SignedIn, ...), so role names are written in one place");

    @ArchTest
    static final ArchRule classes_name_no_roles_in_pre_authorize_either = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".security")
            .should().beAnnotatedWith(PreAuthorize.class)
            .because("role names are written in the security module's access annotations only");

    @ArchTest
    static final ArchRule submitted_answers_are_written_only_behind_an_access_check = classes()
            .that().haveFullyQualifiedName(ROOT + ".response.answering.SubmittedResponseWriter")
            .should().onlyHaveDependentClassesThat(JavaClass.Predicates.belongToAnyOf(BulkSubmissions.class,
                    ResponseImportService.class, SubmittedResponseWriter.class))
            .because("the bulk writer stores submitted answers without checks of its own: only the services that "
                    + "check the caller, the round's audience and the answers may call it");

    @ArchTest
    static final ArchRule services_that_change_data_check_the_caller = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().areDeclaredInClassesThat().resideInAnyPackage(ROOT + ".directory", ROOT + ".survey", ROOT + ".response")
            .and().arePublic().and().areAnnotatedWith(Transactional.class)
            .should().beMetaAnnotatedWith(PreAuthorize.class)
            .because("every way in (view, import, job, API) passes the same check, so a service method that writes says "
                    + "who may call it");

    @ArchTest
    static final ArchRule module_roots_hold_only_their_api = noClasses()
            .that().resideInAnyPackage(ROOT + ".base", ROOT + ".security", ROOT + ".directory", ROOT + ".survey",
                    ROOT + ".response", ROOT + ".insight", ROOT + ".plan")
            .should().beAnnotatedWith(Configuration.class).orShould().beAnnotatedWith(Repository.class)
            .orShould().implement(ApplicationRunner.class).orShould().beAnnotatedWith(Entity.class)
            .because("a module's root package is its API; configuration, start-up work, SQL and entities are internals "
                    + "and live in sub-packages");

    @ArchTest
    static final ArchRule demo_and_synthetic_data_live_in_the_demo_module = classes()
            .that().haveSimpleNameStartingWith("Synthetic").or().haveNameMatching(".*\\.Demo[A-Za-z]*Data")
            .should().resideInAPackage(ROOT + ".demo..")
            .because("domain modules contain no demo code; the demo module fills the database through their services");

    @ArchTest
    static final ArchRule services_ask_the_caller_scope_not_the_raw_sign_in = noClasses()
            .that().resideInAnyPackage(ROOT + ".directory", ROOT + ".survey..", ROOT + ".response..", ROOT + ".insight..",
                    ROOT + ".plan..")
            .and().resideOutsideOfPackage("..ui..").and().doNotHaveSimpleName("CallerScope")
            .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".security.CurrentUserService")
            .because("the caller's person, organisation and area come from one component, directory's CallerScope");

    @ArchTest
    static final ArchRule only_disclosure_control_makes_figures = constructors()
            .that().areDeclaredIn(uk.skillsplan.insight.Figure.class)
            .should().onlyBeCalled().byClassesThat().resideInAPackage(ROOT + ".insight.disclosure..")
            .because("every number others see passes statistical disclosure control, which lives in one place");

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirOwnModule() {
        return new ArchCondition<>("be used only inside their own module") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                String module = moduleOf(target);
                for (Dependency dependency : target.getDirectDependenciesToSelf()) {
                    JavaClass origin = dependency.getOriginClass();
                    if (!moduleOf(origin).equals(module)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " (module " + moduleOf(origin) + " uses " + target.getSimpleName()
                                + " of module " + module + ")"));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> declareExactlyOneAccessRule() {
        return new ArchCondition<>("declare exactly one of @RolesAllowed, @PermitAll, @AnonymousAllowed, @DenyAll") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                List<String> declared = ACCESS_ANNOTATIONS.stream().filter(view::isAnnotatedWith)
                        .map(Class::getSimpleName).toList();
                if (declared.size() != 1) {
                    events.add(SimpleConditionEvent.violated(view, view.getName() + " declares "
                            + (declared.isEmpty() ? "no access rule" : "several access rules " + declared)));
                }
            }
        };
    }

    /** The top-level package under uk.skillsplan a class belongs to ("" for the application class itself). */
    static String moduleOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
