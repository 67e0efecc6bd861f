package io.newsbot.story;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.store.StoreException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups stored articles that have no story: those stored before stories existed, or whose grouping failed
 * after ingest. They are placed oldest first, as if arriving. A few are embedded again for the best grouping;
 * a large backlog (an upgrade) is grouped by words alone, since embedding thousands of articles takes hours.
 */
public final class StoryBackfill {
    private static final Logger log = LoggerFactory.getLogger(StoryBackfill.class);
    private static final int BATCH = 200;
    private final StoryStore stories;
    private final StoryGrouper grouper;
    private final ArticleStore articles;
    private final Function<Article, List<float[]>> vectors;
    private final int embedAtMost;

    /**
     * @param vectors     embeds an article's chunks as the indexer does
     * @param embedAtMost a backlog up to this size is embedded; a larger one is grouped by words alone
     */
    public StoryBackfill(StoryStore stories, StoryGrouper grouper, ArticleStore articles, Function<Article, List<float[]>> vectors, int embedAtMost) {
        this.stories = stories;
        this.grouper = grouper;
        this.articles = articles;
        this.vectors = vectors;
        this.embedAtMost = embedAtMost;
    }

    /** Places every ungrouped article, until done or {@code stop} says so; returns how many it placed. */
    public int run(BooleanSupplier stop) {
        int placed = 0;
        boolean embed = true;
        while (!stop.getAsBoolean()) {
            List<Long> ids = stories.unplaced(BATCH);
            if (ids.isEmpty()) break;
            if (placed == 0) {
                embed = ids.size() <= embedAtMost && ids.size() < BATCH;
                log.info("Grouping {}{} stored articles into stories{}", ids.size(), ids.size() == BATCH ? "+" : "",
                        embed ? "" : " by their words (too many to embed again)");
            }
            int before = placed;
            for (Long id : ids) {
                if (stop.getAsBoolean()) break;
                Article a = articles.byId(id).orElse(null);
                if (a == null) continue;
                try {
                    grouper.place(new StoryGrouper.Arrival(a.id(), a.publisher(), a.publishedAt(), a.title(), a.body(),
                            embed ? vectors.apply(a) : List.of()));
                    placed++;
                } catch (StoreException e) {
                    // Another instance placed it meanwhile (or the store hiccuped): it is looked at again next time.
                    log.debug("Could not place article {} now", id, e);
                }
            }
            if (placed == before) break;
        }
        if (placed > 0) log.info("Grouped {} stored articles into stories", placed);
        return placed;
    }
}
