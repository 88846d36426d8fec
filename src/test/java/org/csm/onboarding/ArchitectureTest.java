package org.csm.onboarding;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/// The layering of the whole application: model at the bottom; engine and store on the model
/// only; services over engine and store; cli and ui on top; app wires everything.
class ArchitectureTest {

    static final String ROOT = "org.csm.onboarding";
    static final String MODEL = ROOT + ".model..";
    static final String ENGINE = ROOT + ".engine..";
    static final String STORE = ROOT + ".store..";
    static final String SERVICE = ROOT + ".service..";
    static final String CLI = ROOT + ".cli..";
    static final String UI = ROOT + ".ui..";
    static final String APP = ROOT + ".app..";
    static final String SAMPLE = ROOT + ".sample..";

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void theModelDependsOnNothingButTheJdk() {
        check(classes().that().resideInAPackage(MODEL).should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", MODEL));
    }

    @Test
    void engineDependsOnlyOnTheModelAndLibraries() {
        check(noClasses().that().resideInAPackage(ENGINE).should().dependOnClassesThat()
                .resideInAnyPackage(STORE, SERVICE, CLI, UI, APP, SAMPLE));
    }

    @Test
    void theEngineNeverTouchesADatabase() {
        check(noClasses().that().resideInAPackage(ENGINE).should().dependOnClassesThat().resideInAnyPackage("java.sql.."));
    }

    @Test
    void playbooksAndAskAnswerFromTheEngineAndModelOnly() {
        check(classes().that().resideInAnyPackage(ROOT + ".engine.ask..", ROOT + ".engine.playbook..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", MODEL, ROOT + ".engine.ask..", ROOT + ".engine.playbook..", ROOT + ".engine.score..",
                        "org.apache.commons.text..", "com.fasterxml.jackson.."));
    }

    @Test
    void storeDependsOnlyOnTheModelAndLibraries() {
        check(noClasses().that().resideInAPackage(STORE).should().dependOnClassesThat()
                .resideInAnyPackage(ENGINE, SERVICE, CLI, UI, APP, SAMPLE));
    }

    /// What differs between H2 and PostgreSQL lives in one place (issue 11): only the dialect
    /// package may name a database driver's classes.
    @Test
    void onlyTheDialectKnowsTheDatabaseDrivers() {
        check(noClasses().that().resideOutsideOfPackage(ROOT + ".store.dialect..").should().dependOnClassesThat()
                .resideInAnyPackage("org.h2..", "org.postgresql.."));
    }

    @Test
    void servicesNeverDependOnTheirCallers() {
        check(noClasses().that().resideInAPackage(SERVICE).should().dependOnClassesThat()
                .resideInAnyPackage(UI, CLI, APP));
    }

    @Test
    void theCommandLineNeverDependsOnTheDesktopUiOrTheWiring() {
        check(noClasses().that().resideInAPackage(CLI).should().dependOnClassesThat().resideInAnyPackage(UI, APP));
    }

    @Test
    void noJavaFxBelowTheUi() {
        check(noClasses().that().resideInAnyPackage(MODEL, ENGINE, STORE, SERVICE, CLI).should().dependOnClassesThat()
                .resideInAnyPackage("javafx.."));
    }

    @Test
    void onlyTheWiringKnowsTheWiring() {
        check(noClasses().that().resideOutsideOfPackage(APP).should().dependOnClassesThat().resideInAPackage(APP));
    }
}
