package org.csm.onboarding.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/// The store may use only the model, JDBC (H2, PostgreSQL) and Jackson (architecture.md): no engine, no UI.
class StoreDependenciesTest {

    @Test
    void storeDependsOnlyOnModelJdbcAndJackson() {
        JavaClasses store = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.csm.onboarding.store");
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                "java..", "org.h2..", "org.postgresql..", "com.fasterxml.jackson..",
                "org.csm.onboarding.model..", "org.csm.onboarding.store..")
                .check(store);
    }
}
