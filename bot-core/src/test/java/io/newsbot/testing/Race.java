package io.newsbot.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs several racers released at the same moment, each on its own thread, and collects what they return. */
public final class Race {
    private Race() {
    }

    /** What each racer returned, in racer order. */
    public static <T> List<T> run(int racers, IntFunction<Callable<T>> racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<T> work = racer.apply(i);
                running.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : running) out.add(f.get(30, TimeUnit.SECONDS));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many racers returned true. */
    public static int winners(int racers, IntFunction<Callable<Boolean>> racer) throws Exception {
        return (int) run(racers, racer).stream().filter(Boolean::booleanValue).count();
    }
}
