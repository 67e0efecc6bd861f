package io.newsbot.slack;

import io.newsbot.platform.AdapterResources;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Real threads and the real clock for the Slack adapter in tests, with the answering executor given. */
final class TestThreads {
    private TestThreads() {
    }

    static AdapterResources with(ExecutorService answering) {
        return new AdapterResources(Clock.systemUTC(), answering, Executors.newFixedThreadPool(2), Executors.newScheduledThreadPool(2));
    }
}
