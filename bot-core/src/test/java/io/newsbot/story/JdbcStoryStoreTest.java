package io.newsbot.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.store.jdbc.JdbcArticleStore;
import io.newsbot.story.jdbc.JdbcStoryStore;
import io.newsbot.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JDBC story store's contract on H2 and on PostgreSQL (skipped unless NEWSBOT_TEST_PG_URL is set), and what only it does. */
class JdbcStoryStoreTest {

    abstract static class OnJdbc extends StoryStoreContract {
        abstract TestDatabase db();

        @Override
        protected StoryStore stories() {
            return new JdbcStoryStore(db().get());
        }

        @Override
        protected Article article(String title, String outlet, Instant published) {
            ArticleStore articles = new JdbcArticleStore(db().get());
            String key = title + "/" + outlet + "/" + published + "/" + System.nanoTime();
            Article a = new Article(0, key, "https://example.com/" + Integer.toHexString(key.hashCode()), title, outlet, published, published, "en",
                    Integer.toHexString(key.hashCode()), title + ".");
            return articles.put(a, null, r -> { }).article();
        }

        @Test
        void an_article_removed_from_the_store_leaves_its_story() {
            ArticleStore articles = new JdbcArticleStore(db().get());
            StoryStore store = stories();
            Article a = article("Quake in Aceh", "BBC", T0);
            Article b = article("Aceh quake toll rises", "Reuters", T0);
            store.place(new StoryProfile(a.id(), "BBC", T0, TermVector.EMPTY, TermVector.EMPTY, new float[0]), a.id(), List.of(), List.of("quak"),
                    List.of("quak"));
            store.place(new StoryProfile(b.id(), "Reuters", T0, TermVector.EMPTY, TermVector.EMPTY, new float[0]), a.id(), List.of(a.id()),
                    List.of("quak"), List.of("quak"));

            articles.remove(b.id(), () -> { });

            assertThat(store.storyOf(a.id()).orElseThrow().articleIds()).containsExactly(a.id());
            assertThat(store.candidates(List.of("quak"), null, null, 10)).containsExactly(a.id());
        }

        @Test
        void term_counts_reach_a_store_opened_after_a_flush() {
            StoryStore store = stories();
            assertThat(store.frequencies(List.of("quak")).counts()).doesNotContainKey("quak");
            int placed = 45;
            for (int k = 0; k < placed; k++) {
                Article a = article("Quake " + k, "BBC", T0);
                store.place(new StoryProfile(a.id(), "BBC", T0, TermVector.EMPTY, TermVector.EMPTY, new float[0]), a.id(), List.of(),
                        List.of("quak", "only" + k), List.of("quak"));
            }

            store.flush();

            for (StoryStore reader : List.of(store, stories())) {
                DocumentFrequencies f = reader.frequencies(List.of("quak", "only0", "only44", "never"));
                assertThat(f.documents()).isEqualTo(placed);
                assertThat(f.counts()).containsEntry("quak", placed).containsEntry("only0", 1).containsEntry("only44", 1).doesNotContainKey("never");
            }
        }

        @Test
        void groups_articles_as_the_in_memory_store_does_across_batched_term_counts() {
            // Given 60 arrivals about six events, more than one batch of counts, and the same arrivals for the in-memory store
            String[][] events = {{"Earthquake", "Aceh", "tsunami warning coast"}, {"Shooting", "Memphis", "police suspect mall"},
                    {"Election", "Ghana", "ballots president opposition"}, {"Flood", "Valencia", "rain rivers homes"},
                    {"Strike", "Ontario", "teachers union schools"}, {"Earthquake", "Chile", "miners copper damage"}};
            Map<Long, Article> stored = new HashMap<>();
            List<StoryGrouper.Arrival> arrivals = new ArrayList<>();
            for (int k = 0; k < 60; k++) {
                String[] e = events[k % events.length];
                String title = e[0] + " in " + e[1] + " report " + k;
                String body = "A " + e[0].toLowerCase() + " hit " + e[1] + " on Monday, with " + e[2] + ". Outlet " + (k % 7) + " said word" + k
                        + " and " + e[2].split(" ")[k % 3] + " mattered. Officials in " + e[1] + " spoke of " + e[2] + ".";
                Article a = article(title, "Outlet " + (k % 7), T0.plusSeconds(3600L * k));
                stored.put(a.id(), a);
                arrivals.add(new StoryGrouper.Arrival(a.id(), a.publisher(), a.publishedAt(), title, body, List.of()));
            }
            StoryStore jdbc = stories();
            StoryStore memory = new io.newsbot.story.memory.InMemoryStoryStore(id -> java.util.Optional.ofNullable(stored.get(id)));

            // When each grouper places them in order
            StoryGrouper onJdbc = new StoryGrouper(jdbc, StorySettings.DEFAULT);
            StoryGrouper inMemory = new StoryGrouper(memory, StorySettings.DEFAULT);
            for (StoryGrouper.Arrival a : arrivals) {
                onJdbc.place(a);
                inMemory.place(a);
            }

            // Then every article is in the same story on both, and the counts agree
            assertThat(jdbc.storiesOf(stored.keySet())).isEqualTo(memory.storiesOf(stored.keySet()));
            List<String> terms = List.of("aceh", "tsunami", "word7", "memphis");
            assertThat(jdbc.frequencies(terms)).isEqualTo(memory.frequencies(terms));
        }

        @Test
        void lists_stored_articles_not_yet_placed_oldest_first() {
            StoryStore store = stories();
            Article later = article("Later", "A", T0.plusSeconds(60));
            Article earlier = article("Earlier", "B", T0);
            Article placed = article("Placed", "C", T0);
            store.place(new StoryProfile(placed.id(), "C", T0, TermVector.EMPTY, TermVector.EMPTY, new float[0]), placed.id(), List.of(), List.of(),
                    List.of());

            assertThat(store.unplaced(10)).containsExactly(earlier.id(), later.id());
            assertThat(store.isPlaced(placed.id())).isTrue();
            assertThat(store.isPlaced(later.id())).isFalse();
        }
    }

    @Nested
    class OnH2 extends OnJdbc {
        @RegisterExtension
        final TestDatabase db = TestDatabase.h2();

        @Override
        TestDatabase db() {
            return db;
        }
    }

    @Nested
    class OnPostgres extends OnJdbc {
        @RegisterExtension
        final TestDatabase db = TestDatabase.postgres();

        @Override
        TestDatabase db() {
            return db;
        }
    }
}
