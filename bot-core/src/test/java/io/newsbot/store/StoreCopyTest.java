package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsbot.article.Article;
import io.newsbot.article.Source;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.store.jdbc.Database;
import io.newsbot.store.jdbc.JdbcAdminStore;
import io.newsbot.store.jdbc.JdbcArticleStore;
import io.newsbot.store.jdbc.JdbcAuditLog;
import io.newsbot.store.jdbc.JdbcChatStore;
import io.newsbot.store.jdbc.JdbcEventLedger;
import io.newsbot.store.jdbc.JdbcQuestionLog;
import io.newsbot.store.jdbc.JdbcSettings;
import io.newsbot.store.jdbc.JdbcSourceStore;
import io.newsbot.store.jdbc.StoreCopy;
import io.newsbot.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Copying an embedded store into another store: into H2 always, into PostgreSQL when there is one. */
class StoreCopyTest {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    @RegisterExtension
    final TestDatabase source = TestDatabase.h2();
    @RegisterExtension
    final TestDatabase h2Target = TestDatabase.h2();

    static Article fill(Database db) {
        Source feed = new JdbcSourceStore(db).add(Source.Kind.FEED, "https://example.com/feed.xml", "console:you", T0);
        JdbcArticleStore articles = new JdbcArticleStore(db);
        Article last = null;
        for (int i = 0; i < 3; i++) {
            last = articles.put(new Article(0, "loc" + i, "https://example.com/" + i, "Title " + i, "AP", T0.plusSeconds(i), T0, "en",
                    "hash" + i, "Body " + i + " " + "long text ".repeat(500)), i == 0 ? null : feed.id(), r -> { }).article();
        }
        new JdbcChatStore(db).seen(new ChatRef("telegram", "-1001", ChatType.GROUP), T0);
        new JdbcAdminStore(db).grant("slack:U1", "console:you", T0);
        new JdbcAuditLog(db).record(new AuditLog.Entry(T0, "slack", "C1", "U1", "/admin stats", "ok", ""));
        new JdbcEventLedger(db).claim("slack:Ev1", T0);
        new JdbcSettings(db).put("telegram.offset", "42");
        new JdbcQuestionLog(db).record(T0, "slack", 120, "answer");
        return last;
    }

    static void assertCopied(Database source, Database target, List<StoreCopy.TableCount> counts, Article last) {
        assertThat(counts).extracting(StoreCopy.TableCount::table).contains("sources", "articles", "chats", "admins", "audit_log",
                "processed_events", "settings", "questions").doesNotContain("flyway_schema_history");
        assertThat(counts).allMatch(StoreCopy.TableCount::matches);
        assertThat(counts).filteredOn(c -> c.table().equals("articles")).extracting(StoreCopy.TableCount::target).containsExactly(3L);
        assertThat(counts.indexOf(counts.stream().filter(c -> c.table().equals("sources")).findFirst().orElseThrow()))
                .isLessThan(counts.indexOf(counts.stream().filter(c -> c.table().equals("articles")).findFirst().orElseThrow()));
        JdbcArticleStore copied = new JdbcArticleStore(target);
        assertThat(copied.byId(last.id())).contains(last);
        assertThat(new JdbcSourceStore(target).all()).singleElement().satisfies(s -> assertThat(s.articles()).isEqualTo(2));
        assertThat(new JdbcSettings(target).get("telegram.offset")).contains("42");
        assertThat(new JdbcEventLedger(target).claim("slack:Ev1", T0)).isFalse();
        // New rows get ids after the copied ones.
        Article added = copied.put(new Article(0, "new", "", "New", "AP", T0, T0, "en", "new-hash", "New body."), null, r -> { }).article();
        assertThat(added.id()).isGreaterThan(last.id());
    }

    @Test
    void copies_every_table_into_another_h2_store_with_matching_counts() {
        Article last = fill(source.get());
        List<StoreCopy.TableCount> counts = new StoreCopy(source.get(), h2Target.get()).copy(c -> { });
        assertCopied(source.get(), h2Target.get(), counts, last);
    }

    @Test
    void copies_every_table_into_postgres_with_matching_counts() {
        TestDatabase postgres = TestDatabase.postgres();
        postgres.beforeEach(null);
        try {
            Article last = fill(source.get());
            List<StoreCopy.TableCount> progress = new ArrayList<>();
            List<StoreCopy.TableCount> counts = new StoreCopy(source.get(), postgres.get()).copy(progress::add);
            assertThat(progress).hasSameSizeAs(counts);
            assertCopied(source.get(), postgres.get(), counts, last);
        } finally {
            postgres.afterEach(null);
        }
    }

    @Test
    void refuses_a_target_that_already_has_data() {
        fill(source.get());
        new JdbcSettings(h2Target.get()).put("something", "there");
        assertThatThrownBy(() -> new StoreCopy(source.get(), h2Target.get()).copy(c -> { }))
                .isInstanceOf(StoreException.class).hasMessageContaining("not empty");
        assertThat(new JdbcArticleStore(h2Target.get()).count()).isZero();
    }
}
