package io.newsbot.digest;

import io.newsbot.digest.jdbc.JdbcDigestMemory;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.store.jdbc.Database;
import io.newsbot.store.jdbc.JdbcArticleStore;
import io.newsbot.story.Stories;
import io.newsbot.story.jdbc.JdbcStoryStore;

/** Digest composers on a test database, as the core wires them. */
final class Composers {
    private Composers() {
    }

    static DigestComposer of(Database db, int maxStories) {
        SentenceSplitter splitter = new SentenceSplitter();
        return new DigestComposer(new JdbcArticleStore(db), new Stories(new JdbcStoryStore(db)), new JdbcDigestMemory(db),
                new LeadBiasedSummariser(splitter), new StorySummariser(splitter), maxStories);
    }
}
