package io.newsbot.launcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform adapters talk to the core only through its ports: they are handed a {@code PlatformPorts} (the bot,
 * its commands and the stores delivery touches), never the composition root, and they reach no store, index or
 * model implementation. The launcher is the one place that opens a whole core and hands the ports out.
 */
class AdapterLayeringTest {
    private static JavaClasses adapters;

    @BeforeAll
    static void importAdapters() {
        // Main classes only: the adapters' own tests open a whole core to run against, as tests may.
        ImportOption mainOnly = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");
        adapters = new ClassFileImporter().withImportOption(mainOnly).importPackages("io.newsbot.telegram", "io.newsbot.slack");
    }

    @Test
    void adapters_are_found() {
        org.assertj.core.api.Assertions.assertThat(adapters.stream().map(c -> c.getSimpleName()))
                .contains("TelegramAdapter", "SlackAdapter");
    }

    @Test
    void adapters_never_see_the_composition_root() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.newsbot.app..")
                .because("an adapter is given the ports it uses (PlatformPorts), so that what it can reach is visible and fakeable")
                .check(adapters);
    }

    @Test
    void adapters_reach_no_store_index_or_model_implementation() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.newsbot..jdbc..", "io.newsbot..lucene..", "io.newsbot..onnx..",
                        "io.newsbot..postgres..")
                .because("the core's implementations are chosen by the composition root; adapters speak to its ports")
                .check(adapters);
    }

    @Test
    void adapters_do_not_know_each_other_or_the_launcher() {
        noClasses().that().resideInAPackage("io.newsbot.telegram..").should().dependOnClassesThat()
                .resideInAnyPackage("io.newsbot.slack..", "io.newsbot.launcher..").check(adapters);
        noClasses().that().resideInAPackage("io.newsbot.slack..").should().dependOnClassesThat()
                .resideInAnyPackage("io.newsbot.telegram..", "io.newsbot.launcher..").check(adapters);
    }
}
