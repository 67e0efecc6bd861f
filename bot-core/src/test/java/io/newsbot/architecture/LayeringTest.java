package io.newsbot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;

import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules bot-core keeps today, stated so that a change that breaks one fails the build: the core knows
 * no platform, no HTTP server and no launcher; its ports (the interfaces outside the technology sub-packages) speak
 * in the core's own types, not JDBC, Lucene or ONNX ones; the composition root ({@code io.newsbot.app}) wires the
 * domain packages and none of them sees it; and the packages form no cycle.
 */
class LayeringTest {
    /** Sub-packages named for a technology: where the ports' implementations live. */
    private static final String[] IMPLEMENTATIONS = {"..jdbc..", "..lucene..", "..onnx..", "..postgres..", "..http.."};
    private static JavaClasses core;
    /** One slice per package. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            return c.getPackageName().startsWith("io.newsbot") ? SliceIdentifier.of(c.getPackageName()) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "bot-core's packages";
        }
    };

    @BeforeAll
    static void importBotCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.newsbot");
    }

    @Test
    void bot_core_knows_no_platform_no_http_server_and_no_launcher() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.newsbot.telegram..", "io.newsbot.slack..", "io.newsbot.launcher..",
                        "org.telegram..", "com.slack..", "com.sun.net.httpserver..")
                .because("bot-core is what every platform shares; platforms and the process around it depend on it, not the other way")
                .check(core);
    }

    @Test
    void ports_speak_in_the_cores_types_not_jdbc_lucene_or_onnx_ones() {
        noClasses().that(ports()).should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.apache.lucene..",
                        "ai.onnxruntime..", "dev.langchain4j..", "org.postgresql..", "org.h2..", "org.flywaydb..")
                .because("a port is what the core asks for; how it is done belongs to the implementation's sub-package")
                .check(core);
    }

    @Test
    void the_cores_packages_form_no_cycle() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(core);
    }

    @Test
    void no_domain_package_sees_the_composition_root() {
        noClasses().that().resideOutsideOfPackage("io.newsbot.app..").should().dependOnClassesThat().resideInAPackage("io.newsbot.app..")
                .because("the parts take the narrow ports they use; only the launcher, the benchmarks and tests open a whole core")
                .check(core);
    }

    private static DescribedPredicate<JavaClass> ports() {
        return new DescribedPredicate<>("are ports (interfaces outside the technology sub-packages)") {
            @Override
            public boolean test(JavaClass c) {
                if (!c.isInterface()) return false;
                for (String p : IMPLEMENTATIONS) {
                    if (com.tngtech.archunit.core.domain.PackageMatcher.of(p).matches(c.getPackageName())) return false;
                }
                return true;
            }
        };
    }

}
