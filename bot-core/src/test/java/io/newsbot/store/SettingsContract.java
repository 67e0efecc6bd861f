package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Settings} store does, whatever it runs on. */
public abstract class SettingsContract {
    private Settings settings;

    /** A new, empty store. */
    protected abstract Settings settings();

    @BeforeEach
    void openStore() {
        settings = settings();
    }

    @Test
    void returns_what_was_put_last() {
        assertThat(settings.get("telegram.offset")).isEmpty();
        settings.put("telegram.offset", "100");
        settings.put("telegram.offset", "101");
        settings.put("demo.seeded", "yes");
        assertThat(settings.get("telegram.offset")).contains("101");
        assertThat(settings.get("demo.seeded")).contains("yes");
    }

    @Test
    void survives_writers_racing_to_create_the_same_setting() throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String value = "v" + i;
                done.add(pool.submit(() -> {
                    start.await();
                    settings.put("raced", value);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) f.get(30, TimeUnit.SECONDS);
            assertThat(settings.get("raced").orElseThrow()).matches("v[0-7]");
        } finally {
            pool.shutdownNow();
        }
    }
}
