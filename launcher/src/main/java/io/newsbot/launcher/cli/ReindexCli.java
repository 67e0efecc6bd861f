package io.newsbot.launcher.cli;

import io.newsbot.app.NewsbotCore;
import io.newsbot.launcher.console.ProgressBar;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsbot reindex}: rebuilds the search index from the store. */
@Command(name = "reindex", description = "Rebuild the search index from the stored articles.")
public final class ReindexCli implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() {
        try (NewsbotCore core = GlobalOptions.open(global.load(System.getenv()))) {
            long total = core.articles().count();
            ProgressBar bar = new ProgressBar(System.err, System.console() != null);
            long started = System.nanoTime();
            int done = core.indexer().rebuild(core.articles(), n -> bar.update(n, (int) total));
            System.out.printf("Re-indexed %d articles into %d chunks in %.1f s.%n", done, core.index().chunkCount(),
                    (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
