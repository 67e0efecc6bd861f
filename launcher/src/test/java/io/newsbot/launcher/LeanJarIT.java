package io.newsbot.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's promises about the built jar: no debug symbols, native code for the one platform it was built for
 * (failsafe passes the build's platform properties), both embedding models inside, and at most 100 MB. With
 * {@code -Pall-platforms} the platform and size checks are skipped.
 */
class LeanJarIT {
    static final long MAX_JAR_BYTES = 100L * 1000 * 1000;
    /** What -Pall-platforms sets the platform properties to: a pattern matching every platform directory. */
    static final String ALL_PLATFORMS = "[^/]+";
    static final Pattern ONNX_NATIVE = Pattern.compile("ai/onnxruntime/native/([^/]+)/.+");
    static final Pattern TOKENIZERS_NATIVE = Pattern.compile("native/lib/([^/]+)/.+");
    static final Pattern JNA_NATIVE = Pattern.compile("com/sun/jna/([^/]+)/(lib)?jnidispatch[.][a-z]+");

    static Path jar;
    static List<String> entries;

    @BeforeAll
    static void readJar() throws IOException {
        jar = Path.of(System.getProperty("newsbot.jar", "target/newsbot.jar"));
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            entries = zip.stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    void ships_no_debug_symbols() {
        assertThat(entries).noneMatch(e -> e.endsWith(".pdb") || e.contains(".dSYM/"));
    }

    @Test
    void ships_native_code_for_the_platform_it_was_built_for_only() {
        String onnx = System.getProperty("newsbot.onnxruntime.platform", "linux-x64");
        assumeFalse(onnx.equals(ALL_PLATFORMS), "built with -Pall-platforms");
        assertThat(platforms(ONNX_NATIVE)).as("ONNX Runtime platforms").containsExactly(onnx);
        assertThat(platforms(JNA_NATIVE)).as("JNA platforms").containsExactly(System.getProperty("newsbot.jna.platform", "linux-x86-64"));
        // DJL ships no osx-x64 tokenizer (it downloads one there), so that platform's jar has none.
        assertThat(platforms(TOKENIZERS_NATIVE)).as("DJL tokenizer platforms")
                .isSubsetOf(System.getProperty("newsbot.tokenizers.platform", "linux-x86_64"));
    }

    @Test
    void ships_both_embedding_models() {
        assertThat(entries).contains("all-minilm-l6-v2-q.onnx", "bge-small-en-v1.5-q.onnx");
    }

    @Test
    void is_at_most_100_megabytes() throws IOException {
        assumeFalse(System.getProperty("newsbot.onnxruntime.platform", "").equals(ALL_PLATFORMS), "built with -Pall-platforms");
        assertThat(Files.size(jar)).isLessThanOrEqualTo(MAX_JAR_BYTES);
    }

    private static Set<String> platforms(Pattern nativeEntry) {
        Set<String> platforms = new TreeSet<>();
        for (String e : entries) {
            Matcher m = nativeEntry.matcher(e);
            if (m.matches()) platforms.add(m.group(1));
        }
        return platforms;
    }
}
