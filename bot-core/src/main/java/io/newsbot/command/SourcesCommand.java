package io.newsbot.command;

import io.newsbot.article.ArticleStore;
import io.newsbot.platform.Reply;
import java.util.List;

/** {@code /sources}: the publishers the articles come from, with counts. */
public final class SourcesCommand implements Command {
    private final ArticleStore articles;

    public SourcesCommand(ArticleStore articles) {
        this.articles = articles;
    }

    @Override
    public String name() {
        return "sources";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "where my articles come from";
    }

    @Override
    public Reply run(CommandContext context) {
        List<ArticleStore.PublisherCount> pubs = articles.publishers();
        if (pubs.isEmpty()) return Reply.info("I have no articles yet.");
        List<Reply.Item> items = pubs.stream()
                .map(p -> new Reply.Item(p.publisher(), p.articles() + (p.articles() == 1 ? " article" : " articles"), List.of()))
                .toList();
        return new Reply(Reply.Kind.INFO, "My articles come from:", List.of(new Reply.Section("", items)), List.of());
    }
}
