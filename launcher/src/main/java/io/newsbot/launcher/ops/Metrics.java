package io.newsbot.launcher.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsbot.app.NewsbotCore;
import java.util.concurrent.TimeUnit;

/** Prometheus metrics of a running bot: messages handled by platform and outcome, their latency, corpus size, undelivered replies. */
public final class Metrics {
    private Metrics() {
    }

    public static PrometheusMeterRegistry register(NewsbotCore core) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Gauge.builder("newsbot_articles", core.articles(), a -> a.count()).description("articles in the store").register(registry);
        Gauge.builder("newsbot_index_chunks", core.index(), i -> i.chunkCount()).description("chunks in the search index").register(registry);
        Gauge.builder("newsbot_index_bytes", core.index(), i -> i.sizeBytes()).description("size of the search index").register(registry);
        Gauge.builder("newsbot_outbox_pending", core.outbox(), o -> o.backlog(core.clock().instant()).pending())
                .description("replies and digests waiting in the outbox to be delivered").register(registry);
        core.bot().setListener((platform, kind, nanos) -> Timer.builder("newsbot_replies")
                .description("messages answered, by platform and kind of reply")
                .tag("platform", platform).tag("kind", kind.name().toLowerCase())
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS));
        return registry;
    }
}
