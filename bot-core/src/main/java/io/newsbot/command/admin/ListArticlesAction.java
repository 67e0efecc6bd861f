package io.newsbot.command.admin;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;

/** {@code /admin articles [N]}: the newest articles with their ids, to find the one to remove. */
final class ListArticlesAction implements AdminAction {
    private final ArticleStore articles;

    ListArticlesAction(ArticleStore articles) {
        this.articles = articles;
    }

    @Override
    public String name() {
        return "articles";
    }

    @Override
    public String arguments() {
        return "[N]";
    }

    @Override
    public String summary() {
        return "the newest N articles with their ids (default 10, at most 50)";
    }

    @Override
    public AdminResult run(CommandContext context) {
        OptionalInt n = AdminArgs.count(context.args(), 10, 50);
        if (n.isEmpty()) return AdminResult.usage("/admin articles [N], with N from 1 to 50");
        List<Article> latest = articles.latest(n.getAsInt());
        if (latest.isEmpty()) return AdminResult.ok(Reply.info("I have no articles yet."), "0 articles");
        List<Reply.Item> items = latest.stream().map(a -> new Reply.Item("#" + a.id(), a.title() + " — " + a.publisher() + ", "
                + a.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate() + (a.url().isEmpty() ? "" : " — " + a.url()), List.of())).toList();
        return AdminResult.ok(new Reply(Reply.Kind.INFO, "The newest " + latest.size() + " of " + articles.count() + " articles:",
                List.of(new Reply.Section("", items)), List.of()), latest.size() + " listed");
    }
}
