package io.newsbot.command;

import io.newsbot.answer.Citations;
import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.platform.Reply;
import java.util.ArrayList;
import java.util.List;

/** {@code /latest [N]}: the newest articles, cited. */
public final class LatestCommand implements Command {
    private final ArticleStore articles;

    public LatestCommand(ArticleStore articles) {
        this.articles = articles;
    }

    @Override
    public String name() {
        return "latest";
    }

    @Override
    public String arguments() {
        return "[N]";
    }

    @Override
    public String summary() {
        return "the newest articles";
    }

    @Override
    public Reply run(CommandContext context) {
        int n = 5;
        if (!context.args().isEmpty()) {
            try {
                n = Integer.parseInt(context.args());
            } catch (NumberFormatException e) {
                return Reply.error("Use /latest or /latest N with N a number from 1 to 20.");
            }
            if (n < 1 || n > 20) return Reply.error("Use /latest or /latest N with N a number from 1 to 20.");
        }
        List<Article> latest = articles.latest(n);
        if (latest.isEmpty()) return Reply.info("I have no articles yet.");
        Citations citations = new Citations();
        List<Reply.Item> items = new ArrayList<>();
        for (Article a : latest) items.add(new Reply.Item("", a.title(), List.of(citations.number(a))));
        return new Reply(Reply.Kind.INFO, "The newest articles:", List.of(new Reply.Section("", items)), citations.list());
    }
}
