package io.newsbot.bench;

import io.newsbot.app.NewsbotCore;
import io.newsbot.platform.Reply;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Question-to-answer latency through the core's one entry point ({@code Bot.handle}: parse, embed, hybrid search,
 * extractive answer, question log), warm, with one asker and with eight at once.
 */
final class SpeedBench {
    private static final int WARM_UP = 200;

    private SpeedBench() {
    }

    /** Latencies of one run: single asker, eight concurrent askers, and the eight's throughput. */
    record Latency(int questions, Latencies single, Latencies concurrent, double concurrentPerSecond, double heapMb) {
    }

    static Latency measure(Path dataDir, List<String> questions) throws Exception {
        try (NewsbotCore core = NewsbotCore.open(BenchCorpus.settings(dataDir), Clock.systemUTC())) {
            return measure(core, questions);
        }
    }

    static Latency measure(NewsbotCore core, List<String> questions) throws Exception {
        for (int i = 0; i < Math.min(WARM_UP, questions.size()); i++) ask(core, "warm", questions.get(i));
        Latencies single = new Latencies();
        for (String q : questions) {
            long t0 = System.nanoTime();
            ask(core, "single", q);
            single.add(System.nanoTime() - t0);
        }
        System.out.println("  one asker: " + single);
        Latencies concurrent = new Latencies();
        ExecutorService askers = Executors.newFixedThreadPool(8);
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int a = 0; a < 8; a++) {
                String asker = "asker-" + a;
                running.add(askers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < questions.size(); i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        ask(core, asker, questions.get(i));
                        concurrent.add(System.nanoTime() - t0);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
        } finally {
            askers.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("  eight askers: %s, %.1f questions/s%n", concurrent, questions.size() / seconds);
        return new Latency(questions.size(), single, concurrent, questions.size() / seconds, BenchCorpus.heapAfterGcMb());
    }

    private static void ask(NewsbotCore core, String user, String question) {
        Reply reply = core.bot().handle(RetrievalBench.message(user, question)).orElseThrow();
        if (reply.kind() == Reply.Kind.ERROR || reply.kind() == Reply.Kind.REFUSED) {
            throw new IllegalStateException("The bot could not answer '" + question + "': " + reply.plainText());
        }
    }
}
