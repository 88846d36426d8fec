package org.csm.onboarding.engine.read;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/// Guards the two rules that keep imports safe and the engine portable: the whole-workbook
/// model (about 1 GB of heap for 100,000 rows) is never used to read, and the engine knows
/// nothing of the UI or the database.
class ReadPackageRulesTest {

    private static final JavaClasses READ = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.csm.onboarding.engine.read");

    @Test
    void readersNeverUseTheWholeWorkbookModel() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.apache.poi.xssf.usermodel.XSSFWorkbook")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.poi.ss.usermodel.WorkbookFactory")
                .check(READ);
    }

    @Test
    void readersStayPlainJava() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..")
                .check(READ);
    }
}
