package io.newsbot.command;

import io.newsbot.answer.CorpusTopics;
import io.newsbot.article.ArticleStore;
import io.newsbot.platform.Reply;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** {@code /start}: a welcome that says what the bot knows and what to ask. */
public final class StartCommand implements Command {
    private final ArticleStore articles;
    private final CorpusTopics topics;

    public StartCommand(ArticleStore articles, CorpusTopics topics) {
        this.articles = articles;
        this.topics = topics;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "what I know and how to ask";
    }

    @Override
    public Reply run(CommandContext context) {
        long count = articles.count();
        List<String> lines = new ArrayList<>();
        String range = articles.dateRange().map(r -> ", published " + day(r[0]) + (day(r[0]).equals(day(r[1])) ? "" : " to " + day(r[1])))
                .orElse("");
        lines.add("I know " + count + (count == 1 ? " article" : " articles") + range + ".");
        List<String> main = topics.top(6);
        if (!main.isEmpty()) lines.add("They cover " + String.join(", ", main) + ".");
        lines.add("Ask me, for example: \"What was said about Syria?\", \"What did Lavrov say?\" or \"What's new on North Korea?\"");
        lines.add("Every answer quotes the articles and cites them. /help lists the commands.");
        return Reply.info("Hello! I answer questions about the news articles I have read.", lines.toArray(String[]::new));
    }

    private static String day(Instant i) {
        return i.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
