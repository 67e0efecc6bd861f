package io.newsbot.bench;

import io.newsbot.app.NewsbotCore;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a fresh JVM by the speed benchmark: opens the core on an existing data directory and answers one question,
 * printing how long each step took as one JSON line.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        try (NewsbotCore core = NewsbotCore.open(BenchCorpus.settings(Path.of(args[0])), Clock.systemUTC())) {
            double openMs = (System.nanoTime() - t0) / 1e6;
            long ready = System.currentTimeMillis() - jvmStart;
            long t1 = System.nanoTime();
            core.bot().handle(RetrievalBench.message("probe", args.length > 1 ? args[1] : "What did Trump say about the wall?")).orElseThrow();
            double firstAnswerMs = (System.nanoTime() - t1) / 1e6;
            System.out.printf("{\"open_ms\": %.1f, \"jvm_start_to_ready_ms\": %d, \"first_answer_ms\": %.1f, \"chunks\": %d}%n", openMs, ready,
                    firstAnswerMs, core.index().chunkCount());
        }
    }
}
