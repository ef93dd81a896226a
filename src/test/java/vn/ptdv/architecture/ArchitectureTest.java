package vn.ptdv.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of style.md, kept by the build. */
@AnalyzeClasses(packages = "vn.ptdv", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainUsesTheJdkOnly = noClasses().that().resideInAPackage("vn.ptdv.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("vn.ptdv.domain..", "java..")
            .because("the domain is plain Java: no JavaFX, no JDBC, no libraries");

    @ArchTest
    static final ArchRule domainUsesNoSql = noClasses().that().resideInAPackage("vn.ptdv.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javafx..");

    @ArchTest
    static final ArchRule uiNeverTouchesPersistence = noClasses().that().resideInAPackage("vn.ptdv.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.ptdv.persistence..", "java.sql..");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models are tested without starting JavaFX");

    @ArchTest
    static final ArchRule servicesKnowNoUi = noClasses().that().resideInAnyPackage("vn.ptdv.service..",
                    "vn.ptdv.persistence..", "vn.ptdv.cli..", "vn.ptdv.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.ptdv.ui..", "vn.ptdv.app..", "javafx..");

    @ArchTest
    static final ArchRule persistenceKnowsNoServices = noClasses().that().resideInAPackage("vn.ptdv.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.ptdv.service..");
}
