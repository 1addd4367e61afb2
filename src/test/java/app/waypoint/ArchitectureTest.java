package app.waypoint;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md, made executable. */
class ArchitectureTest {

    private static final String BASE = "app.waypoint";
    private static final List<String> FEATURES = List.of("people", "security", "transitions", "tasks", "escalations", "disputes", "notifications",
            "pathwayreviews", "supervision", "houseproject", "processes", "chronology", "audit", "youngpersonview", "demo", "incidents",
            "web", "serviceview", "contacttimetable", "intouch", "risks", "housing", "operations");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    private static final DescribedPredicate<JavaClass> PROCESS_ADAPTERS = DescribedPredicate.describe(
            "process delegates and listeners",
            type -> type.isAssignableTo("org.camunda.bpm.engine.delegate.JavaDelegate")
                    || type.isAssignableTo("org.camunda.bpm.engine.delegate.TaskListener")
                    || type.isAssignableTo("org.camunda.bpm.engine.delegate.ExecutionListener"));

    @Test
    void shouldKeepCamundaTypesInEngineTasksAndProcessAdapters() {
        noClasses().that().resideOutsideOfPackages(BASE + ".engine..", BASE + ".tasks..")
                .and(DescribedPredicate.not(PROCESS_ADAPTERS))
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("Camunda 7 CE is end of life: a move to its fork must stay mechanical")
                .check(CLASSES);
    }

    @Test
    void shouldKeepEngineFreeOfFeatures() {
        noClasses().that().resideInAPackage(BASE + ".engine..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackages())
                .check(CLASSES);
    }

    @Test
    void shouldKeepSharedFreeOfEverythingElse() {
        classes().that().resideInAPackage(BASE + ".shared..")
                .should().onlyDependOnClassesThat(DescribedPredicate.describe("outside the project or in shared",
                        type -> !type.getPackageName().startsWith(BASE) || type.getPackageName().startsWith(BASE + ".shared")))
                .check(CLASSES);
    }

    @Test
    void shouldKeepCalendarAndStatusRulesFreeOfFeatures() {
        for (String pkg : List.of(BASE + ".calendar", BASE + ".people.status")) {
            classes().that().resideInAPackage(pkg + "..")
                    .should().onlyDependOnClassesThat(DescribedPredicate.describe("outside the project, in shared or in " + pkg,
                            type -> !type.getPackageName().startsWith(BASE) || type.getPackageName().startsWith(pkg)
                                    || type.getPackageName().startsWith(BASE + ".shared")))
                    .check(CLASSES);
        }
    }

    @Test
    void shouldNotLetResourcesUseRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void shouldReachOtherFeaturesOnlyThroughTheirServices() {
        classes().that().resideInAPackage(BASE + "..")
                .should(new ArchCondition<>("use no entity or repository of another feature") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        type.getDirectDependenciesFromSelf().forEach(dependency -> {
                            JavaClass target = dependency.getTargetClass();
                            boolean internal = target.isAnnotatedWith(Entity.class) || target.getSimpleName().endsWith("Repository");
                            if (internal && target.getPackageName().startsWith(BASE) && !feature(target).equals(feature(type))) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                })
                .check(CLASSES);
    }

    @Test
    void shouldGiveEveryPrimitiveQueryParameterADefault() {
        // shared.QueryParameters reads an absent parameter without a default as null, which a primitive cannot hold
        classes().that().resideInAPackage(BASE + "..")
                .should(new ArchCondition<>("declare @DefaultValue on every primitive @QueryParam") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        type.getMethods().forEach(method -> method.getParameters().forEach(parameter -> {
                            if (parameter.isAnnotatedWith(QueryParam.class) && parameter.getRawType().isPrimitive()
                                    && !parameter.isAnnotatedWith(DefaultValue.class)) {
                                events.add(SimpleConditionEvent.violated(parameter, parameter.getDescription() + " has no @DefaultValue"));
                            }
                        }));
                    }
                })
                .check(CLASSES);
    }

    @Test
    void shouldKeepDomainFreeOfApi() {
        noClasses().that().resideInAPackage(BASE + "..domain..")
                .should().dependOnClassesThat().resideInAPackage(BASE + "..api..")
                .because("a feature's rules and records stand without its REST resources (api uses domain, never the reverse)")
                .check(CLASSES);
    }

    @Test
    void shouldKeepProcessAdaptersFreeOfApi() {
        noClasses().that().resideInAPackage(BASE + "..process..")
                .should().dependOnClassesThat().resideInAPackage(BASE + "..api..")
                .because("delegates and listeners pass the engine's commands to the domain, not to REST resources")
                .check(CLASSES);
    }

    @Test
    void shouldLetDomainUseOnlyTheProcessNames() {
        noClasses().that().resideInAPackage(BASE + "..domain..")
                .should().dependOnClassesThat(DescribedPredicate.describe("delegates or listeners (anything in a process package but its *Process names)",
                        type -> type.getPackageName().startsWith(BASE) && type.getPackageName().endsWith(".process")
                                && !type.getSimpleName().endsWith("Process")))
                .because("the engine calls the domain through delegates; the domain knows only the model's names (process key, variables, messages)")
                .check(CLASSES);
    }

    @Test
    void shouldNotReachIntoAnotherFeaturesApiOrProcess() {
        classes().that().resideInAPackage(BASE + "..")
                .should(new ArchCondition<>("use no api or process class of another feature") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        type.getDirectDependenciesFromSelf().forEach(dependency -> {
                            JavaClass target = dependency.getTargetClass();
                            String pkg = target.getPackageName();
                            boolean inside = pkg.endsWith(".api") || pkg.endsWith(".process") || pkg.contains(".api.") || pkg.contains(".process.");
                            if (inside && pkg.startsWith(BASE + ".") && !feature(target).equals(feature(type))) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                })
                .because("features meet through each other's domain services and records")
                .check(CLASSES);
    }

    @Test
    void shouldKeepFeaturesFreeOfCycles() {
        // people's record reads are audited (VisibilityService, CurrentCaller) and the audit trail names its staff: that one
        // pair is known and left out; every other feature pair, disputes and escalations among them, must stay acyclic
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage(BASE + ".people.."), resideInAPackage(BASE + ".audit.."))
                .check(CLASSES);
    }

    @Test
    void shouldKeepTheAggregatesOfADomainFreeOfCycles() {
        slices().matching(BASE + ".(*).domain.(*)..").should().beFreeOfCycles()
                .because("a large domain is split by aggregate (pathwayreviews.domain.plan, .review, .schedule, ...), each built on the ones it uses")
                .check(CLASSES);
    }

    @Test
    void shouldKeepFeaturesFreeOfThePages() {
        noClasses().that().resideOutsideOfPackage(BASE + ".web..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".web..")
                .because("the pages are a client of the features, like /api: a feature works without them")
                .check(CLASSES);
    }

    @Test
    void shouldBuildThePagesOnTheShellWithoutCycles() {
        noClasses().should().resideInAPackage(BASE + ".web")
                .because("a page goes in the web sub-package a reader looks in (tasks, youngpeople, plans, oversight, ...)")
                .check(CLASSES);
        noClasses().that().resideInAPackage(BASE + ".web.shell..")
                .should().dependOnClassesThat(DescribedPredicate.describe("a page (web outside web.shell)",
                        type -> type.getPackageName().startsWith(BASE + ".web.") && !type.getPackageName().startsWith(BASE + ".web.shell")))
                .because("the shell (layout data, forms, wording, the signed-in person, settings) is what every page stands on")
                .check(CLASSES);
        slices().matching(BASE + ".web.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    private static String feature(JavaClass type) {
        String rest = type.getPackageName().substring(Math.min(type.getPackageName().length(), BASE.length() + 1));
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String[] featurePackages() {
        return FEATURES.stream().map(feature -> BASE + "." + feature + "..").toArray(String[]::new);
    }
}
