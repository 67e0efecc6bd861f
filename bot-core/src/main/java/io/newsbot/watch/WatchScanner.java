package io.newsbot.watch;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.store.Settings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches newly stored articles against every watch and queues the alerts. It reads what was ingested since its last
 * scan (a cursor kept in the store), whoever ingested it: an ingest by another instance on the same store, or one
 * that ran while alerts were off, is matched too. The window reaches back {@link #OVERLAP} before the cursor, because
 * an article's ingest time is taken before its transaction commits; the queue's unique key (one alert per watch and
 * article group) makes a second look harmless. An article alerts only watches set before it was ingested.
 */
public final class WatchScanner {
    private static final Logger log = LoggerFactory.getLogger(WatchScanner.class);
    static final Duration OVERLAP = Duration.ofMinutes(2);
    static final String CURSOR = "watch.scanned-until";
    private final ArticleStore articles;
    private final WatchStore watches;
    private final AlertQueue queue;
    private final WatchMatcher matcher;
    private final ArticleGroups groups;
    private final Settings values;
    private final Clock clock;
    private final Set<Long> matched = Collections.newSetFromMap(new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > 20_000;
        }
    });

    public WatchScanner(ArticleStore articles, WatchStore watches, AlertQueue queue, WatchMatcher matcher, ArticleGroups groups, Settings values,
                        Clock clock) {
        this.articles = articles;
        this.watches = watches;
        this.queue = queue;
        this.matcher = matcher;
        this.groups = groups;
        this.values = values;
        this.clock = clock;
    }

    /** Matches the articles stored since the last scan. @return the alerts queued */
    public synchronized int scan() {
        Instant now = clock.instant();
        Instant from = values.get(CURSOR).map(Instant::parse).orElse(now).minus(OVERLAP);
        List<Watch> all = watches.all();
        int queued = 0;
        if (!all.isEmpty()) {
            // Up to and including now: the stores keep microseconds, so a nanosecond past now would be cut back to now.
            for (Article a : articles.ingestedBetween(from, now.plus(1, java.time.temporal.ChronoUnit.MICROS))) {
                if (matched.contains(a.id())) continue;
                queued += offer(a, all, now);
                matched.add(a.id());
            }
        }
        values.put(CURSOR, now.toString());
        return queued;
    }

    /** Queues the alerts of one article. @return how many were new */
    public int offer(Article article, List<Watch> all, Instant now) {
        List<Watch> eligible = all.stream().filter(w -> !article.ingestedAt().isBefore(w.createdAt())).toList();
        if (eligible.isEmpty()) return 0;
        String group = groups.keyOf(article);
        int queued = 0;
        for (Match m : matcher.match(article, eligible)) {
            Alert alert = new Alert(0, m.watch().id(), group, m.watch().chat(), article.id(), m.headline(), m.text(), Alert.Status.QUEUED, now);
            if (queue.queue(alert)) {
                queued++;
                log.debug("Queued an alert of watch {} ({}, by {}) on article {}", m.watch().id(), m.watch().subject(), m.how(), article.id());
            }
        }
        return queued;
    }
}
