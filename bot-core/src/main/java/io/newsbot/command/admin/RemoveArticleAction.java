package io.newsbot.command.admin;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.command.CommandContext;
import io.newsbot.ingest.Ingestor;
import io.newsbot.platform.Reply;
import java.util.Optional;
import java.util.OptionalLong;

/** {@code /admin remove-article ID}: removes an article from the store and the search index. */
final class RemoveArticleAction implements AdminAction {
    private final ArticleStore articles;
    private final Ingestor ingestor;

    RemoveArticleAction(ArticleStore articles, Ingestor ingestor) {
        this.articles = articles;
        this.ingestor = ingestor;
    }

    @Override
    public String name() {
        return "remove-article";
    }

    @Override
    public String arguments() {
        return "ID";
    }

    @Override
    public String summary() {
        return "remove an article from the store and the index (ids from /admin articles)";
    }

    @Override
    public AdminResult run(CommandContext context) {
        OptionalLong id = AdminArgs.id(context.args());
        if (id.isEmpty()) return AdminResult.usage("/admin remove-article ID, with the ID from /admin articles");
        Optional<Article> article = articles.byId(id.getAsLong());
        if (article.isEmpty() || !ingestor.remove(id.getAsLong())) {
            return AdminResult.failed("There is no article #" + id.getAsLong() + ". /admin articles lists the newest.", "no such article");
        }
        return AdminResult.ok(Reply.info("Removed article #" + id.getAsLong() + " “" + article.get().title()
                + "” from the store and the search index."), "removed article #" + id.getAsLong());
    }
}
