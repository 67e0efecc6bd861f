package io.newsbot.testing;

import io.newsbot.app.NewsbotCore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link TestCore} for all the tests of one class: opened on a data directory of its own before the first test (and
 * given what the class adds to it), closed and deleted after the last.
 *
 * <pre>{@code @RegisterExtension static final ClassCore core = ClassCore.open().with(c -> c.router().register(...));}</pre>
 */
public final class ClassCore implements BeforeAllCallback, AfterAllCallback {
    private final Function<Path, NewsbotCore> opener;
    private final Consumer<NewsbotCore> setUp;
    private Path dataDir;
    private NewsbotCore core;

    private ClassCore(Function<Path, NewsbotCore> opener, Consumer<NewsbotCore> setUp) {
        this.opener = opener;
        this.setUp = setUp;
    }

    /** On the demo articles, its clock standing at {@link TestCore#NOW}. */
    public static ClassCore open() {
        return new ClassCore(TestCore::open, core -> { });
    }

    public static ClassCore open(Clock clock) {
        return new ClassCore(dir -> TestCore.open(dir, clock), core -> { });
    }

    /** With more set up once opened (articles ingested, commands registered). */
    public ClassCore with(Consumer<NewsbotCore> more) {
        return new ClassCore(opener, setUp.andThen(more));
    }

    public NewsbotCore get() {
        return core;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("newsbot-test-core");
        core = opener.apply(dataDir);
        setUp.accept(core);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (core != null) core.close();
        if (dataDir == null) return;
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot delete the test core's data " + p, e);
                }
            });
        }
    }
}
