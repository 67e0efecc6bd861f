package io.newsbot.statement;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the statement store in step with the articles: an article's statements are extracted when it is indexed, and
 * {@link #reconcile} extracts those of stored articles whose text or extractor version changed (or that have none
 * yet) and drops those of articles the store no longer has.
 */
public final class StatementIndexer {
    private static final Logger log = LoggerFactory.getLogger(StatementIndexer.class);
    private final StatementStore statements;
    private final StatementExtractor extractor;

    public StatementIndexer(StatementStore statements, StatementExtractor extractor) {
        this.statements = statements;
        this.extractor = extractor;
    }

    /** Extracts and stores an article's statements, replacing any it had. */
    public void update(Article article) {
        statements.replace(new StatementStore.Extraction(article.id(), article.contentHash(), extractor.version()), extractor.extract(article));
    }

    public void remove(long articleId) {
        statements.remove(articleId);
    }

    /** Brings the statements in line with the store; returns how many articles it extracted or dropped. */
    public int reconcile(ArticleStore store) {
        Map<Long, StatementStore.Extraction> done = statements.extractions();
        List<Long> ids = store.allIds();
        Set<Long> stored = new HashSet<>(ids);
        int changes = 0;
        for (Long id : done.keySet()) {
            if (!stored.contains(id)) {
                statements.remove(id);
                changes++;
            }
        }
        String version = extractor.version();
        List<Long> todo = ids.stream().filter(id -> !done.containsKey(id) || !done.get(id).version().equals(version)).toList();
        if (!todo.isEmpty()) log.info("Extracting the statements of {} articles (extractor {})", todo.size(), version);
        for (Long id : todo) {
            store.byId(id).ifPresent(this::update);
            changes++;
        }
        return changes;
    }
}
