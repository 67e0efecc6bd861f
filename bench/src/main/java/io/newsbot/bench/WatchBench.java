package io.newsbot.bench;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.article.Article;
import io.newsbot.article.ArticleDraft;
import io.newsbot.feedback.TopicWords;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.index.onnx.OnnxEmbedder;
import io.newsbot.ingest.Ingestor;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import io.newsbot.quote.Attribution;
import io.newsbot.quote.AttributionExtractor;
import io.newsbot.quote.Speaker;
import io.newsbot.testing.MutableClock;
import io.newsbot.watch.Statements;
import io.newsbot.watch.Watch;
import io.newsbot.watch.WatchMatcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Watches: the topic threshold calibrated on PolNeAR train and checked on dev, the cost of matching one new article
 * against 1,000 watches, and the latency from the start of an ingest to the delivery of its alerts, in process.
 */
final class WatchBench {
    static final int WATCHES = 1000;
    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    record Calibration(double threshold, double trainRecall, double trainFalse, double devRecall, double devFalse, int trainTopics, int devTopics) {
    }

    record Cost(int persons, int topics, int articles, Latencies match, Latencies statements, Latencies embedding, double firstTopicsMs,
                double alertsPerArticle) {
    }

    record Delivery(int articles, int withAlerts, int alerts, Latencies ingest, Latencies toLastAlert, Latencies scanAndSend) {
    }

    record Result(Calibration calibration, Cost cost, Delivery delivery) {
    }

    static Result run(BenchData data, Path work) throws Exception {
        List<Article> train = articles(data.polnear("train"), 1);
        List<Article> dev = articles(data.polnear("dev"), 100_000);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            OnnxEmbedder embedder = new OnnxEmbedder("all-minilm-l6-v2-q", pool);
            AttributionExtractor extractor = new AttributionExtractor(new SentenceSplitter());
            Calibration calibration = calibrate(embedder, train, dev);
            System.out.printf("watches: topic threshold %.2f (train recall %.3f, false %.4f; dev recall %.3f, false %.4f)%n", calibration.threshold(),
                    calibration.trainRecall(), calibration.trainFalse(), calibration.devRecall(), calibration.devFalse());
            List<Watch> watches = watches(train, extractor);
            Cost cost = cost(new WatchMatcher(Statements.extractedBy(extractor), embedder, calibration.threshold()), extractor, embedder, watches, dev);
            Delivery delivery = deliver(work.resolve("watches-data"), watches, data, dev.size());
            return new Result(calibration, cost, delivery);
        } finally {
            pool.shutdown();
        }
    }

    /** A topic per article: the first three words of its title that carry meaning. */
    private static String topicOf(Article a) {
        String[] words = TopicWords.of(a.title()).split(" ");
        return String.join(" ", Arrays.asList(words).subList(0, Math.min(3, words.length)));
    }

    /** Cosines of each article's title topic with its own article (positives) and with 20 others (negatives). */
    private static double[][] cosines(OnnxEmbedder embedder, List<Article> articles) {
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < articles.size(); i += 32) {
            vectors.addAll(embedder.embedPassages(articles.subList(i, Math.min(articles.size(), i + 32)).stream().map(WatchMatcher::passage).toList()));
        }
        Random random = new Random(15);
        List<Double> pos = new ArrayList<>();
        List<Double> neg = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            String topic = topicOf(articles.get(a));
            if (topic.split(" ").length < 2) continue;
            float[] t = embedder.embedQuery(topic);
            pos.add(WatchMatcher.cosine(t, vectors.get(a)));
            for (int i = 0; i < 20; i++) {
                int other = random.nextInt(articles.size());
                if (other != a) neg.add(WatchMatcher.cosine(t, vectors.get(other)));
            }
        }
        return new double[][] {pos.stream().mapToDouble(Double::doubleValue).toArray(), neg.stream().mapToDouble(Double::doubleValue).toArray()};
    }

    static Calibration calibrate(OnnxEmbedder embedder, List<Article> train, List<Article> dev) {
        double[][] t = cosines(embedder, train);
        double[][] d = cosines(embedder, dev);
        double chosen = 0.9;
        // The least threshold (in steps of 0.05) at which at most 1% of unrelated articles would alert on train.
        for (double th = 0.20; th <= 0.90; th += 0.05) {
            if (share(t[1], th) <= 0.01) {
                chosen = Math.round(th * 100) / 100.0;
                break;
            }
        }
        return new Calibration(chosen, share(t[0], chosen), share(t[1], chosen), share(d[0], chosen), share(d[1], chosen), t[0].length, d[0].length);
    }

    private static double share(double[] values, double threshold) {
        return Arrays.stream(values).filter(v -> v >= threshold).count() / (double) values.length;
    }

    /** 500 person watches (the most quoted people of train) and 500 topic watches (train titles' topics), in 200 chats. */
    private static List<Watch> watches(List<Article> train, AttributionExtractor extractor) {
        Map<String, Integer> speakers = new LinkedHashMap<>();
        for (Article a : train) {
            for (Attribution at : extractor.extract(a.body())) {
                if (at.source().kind() == Speaker.Kind.PERSON && at.source().name().contains(" ")) speakers.merge(at.source().name(), 1, Integer::sum);
            }
        }
        List<String> people = speakers.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey)
                .limit(WATCHES / 2).toList();
        Set<String> topics = new LinkedHashSet<>();
        for (Article a : train) {
            String t = topicOf(a);
            if (t.split(" ").length >= 2) topics.add(t);
        }
        List<String> topicList = new ArrayList<>(topics).subList(0, Math.min(WATCHES - people.size(), topics.size()));
        List<Watch> out = new ArrayList<>();
        for (String p : people) out.add(new Watch(out.size() + 1, chat(out.size()), Watch.Kind.PERSON, p, "bench:u", NOON));
        for (String t : topicList) out.add(new Watch(out.size() + 1, chat(out.size()), Watch.Kind.TOPIC, t, "bench:u", NOON));
        return out;
    }

    private static ChatRef chat(int i) {
        return new ChatRef("bench", "chat-" + (i % 200), ChatType.PRIVATE);
    }

    private static Cost cost(WatchMatcher matcher, AttributionExtractor extractor, OnnxEmbedder embedder, List<Watch> watches, List<Article> dev) {
        long first = System.nanoTime();
        matcher.match(dev.get(0), watches); // embeds every topic once; later articles use the cached vectors
        double firstMs = (System.nanoTime() - first) / 1e6;
        Latencies match = new Latencies();
        Latencies statements = new Latencies();
        Latencies embedding = new Latencies();
        long alerts = 0;
        for (Article a : dev) {
            long t0 = System.nanoTime();
            alerts += matcher.match(a, watches).size();
            match.add(System.nanoTime() - t0);
            long t1 = System.nanoTime();
            extractor.extract(a.body());
            statements.add(System.nanoTime() - t1);
            long t2 = System.nanoTime();
            embedder.embedPassages(List.of(a.title() + "\n" + a.body().substring(0, Math.min(600, a.body().length()))));
            embedding.add(System.nanoTime() - t2);
        }
        int persons = (int) watches.stream().filter(w -> w.kind() == Watch.Kind.PERSON).count();
        return new Cost(persons, watches.size() - persons, dev.size(), match, statements, embedding, firstMs, alerts / (double) dev.size());
    }

    /** The real core on a fresh store: the 1,000 watches set, then each dev article ingested and the alerts polled once. */
    private static Delivery deliver(Path dir, List<Watch> watches, BenchData data, int n) throws Exception {
        if (Files.exists(dir)) BenchCorpus.deleteTree(dir);
        MutableClock clock = new MutableClock(NOON);
        List<Long> delivered = new CopyOnWriteArrayList<>();
        java.util.concurrent.Semaphore settled = new java.util.concurrent.Semaphore(0);
        java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (NewsbotCore core = NewsbotCore.open(CoreSettings.defaults(dir).withSeedDemo(false), clock)) {
            Messenger bench = new Messenger() {
                public String platform() {
                    return "bench";
                }

                public void send(ChatRef chat, String threadId, Reply reply) {
                    delivered.add(System.nanoTime());
                }
            };
            core.addMessenger(bench);
            // Alerts go out as in the running bot: queued in the outbox, delivered by the platform's sender when woken.
            io.newsbot.outbox.OutboxSender sender = new io.newsbot.outbox.OutboxSender(core.outbox(), new io.newsbot.outbox.MessengerCourier(bench),
                    clock, timer, Runnable::run, io.newsbot.outbox.OutboxSender.Options.defaults("bench"));
            sender.setListener((m, status) -> settled.release());
            core.addSender("bench", sender);
            for (Watch w : watches) {
                core.chats().seen(w.chat(), NOON);
                core.watches().add(w);
            }
            core.watchAlerts().poll();
            Latencies ingest = new Latencies();
            Latencies toLast = new Latencies();
            Latencies scan = new Latencies();
            int withAlerts = 0;
            for (ArticleDraft draft : drafts(data.polnear("dev"))) {
                // A day apart: every chat's hourly cap is fresh, and 12:00 UTC is outside quiet hours.
                clock.advance(Duration.ofDays(1));
                delivered.clear();
                long t0 = System.nanoTime();
                core.ingestor().ingestDrafts(List.of(draft), null, Ingestor.Progress.NONE);
                long t1 = System.nanoTime();
                int queued = core.watchAlerts().poll();
                if (!settled.tryAcquire(queued, 5, java.util.concurrent.TimeUnit.MINUTES)) throw new IllegalStateException("alerts not delivered");
                long t2 = System.nanoTime();
                ingest.add(t1 - t0);
                scan.add(t2 - t1);
                if (!delivered.isEmpty()) {
                    withAlerts++;
                    toLast.add(Collections.max(delivered) - t0);
                }
            }
            int alerts = countSent(core);
            sender.close();
            return new Delivery(n, withAlerts, alerts, ingest, toLast, scan);
        } finally {
            timer.shutdownNow();
        }
    }

    private static int countSent(NewsbotCore core) {
        int sent = 0;
        for (int i = 0; i < 200; i++) {
            sent += (int) core.alerts().forChat(chat(i), 10_000).stream().filter(a -> a.status() == io.newsbot.watch.Alert.Status.HANDED_OVER).count();
        }
        return sent;
    }

    private static List<ArticleDraft> drafts(Path split) throws Exception {
        List<ArticleDraft> out = new ArrayList<>();
        for (Path file : BenchData.texts(split)) {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            int nl = text.indexOf('\n');
            out.add(new ArticleDraft("bench:" + file.getFileName(), "https://polnear.example/" + file.getFileName(), text.substring(0, Math.max(0, nl)).strip(),
                    "PolNeAR", NOON, text.substring(nl + 1), List.of()));
        }
        return out;
    }

    static List<Article> articles(Path split, long firstId) throws Exception {
        List<Article> out = new ArrayList<>();
        long id = firstId;
        for (ArticleDraft d : drafts(split)) {
            out.add(new Article(id++, d.locator(), d.url(), d.title(), d.publisher(), NOON, NOON, "en", d.locator(), d.text()));
        }
        return out;
    }
}
