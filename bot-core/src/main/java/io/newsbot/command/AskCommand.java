package io.newsbot.command;

import io.newsbot.answer.Answerer;
import io.newsbot.answer.Question;
import io.newsbot.answer.QuestionParser;
import io.newsbot.article.ArticleStore;
import io.newsbot.platform.Reply;
import io.newsbot.store.QuestionLog;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * {@code /ask QUESTION}, and every plain message that is a question: answers from the articles, remembering the turn
 * for follow-ups ("and Ukraine?", "more", "who said that?") in the same chat or thread.
 */
public final class AskCommand implements Command {
    private final QuestionParser parser;
    private final Answerer answerer;
    private final ConversationMemory memory;
    private final ArticleStore articles;
    private final QuestionLog log;
    private final Clock clock;

    public AskCommand(QuestionParser parser, Answerer answerer, ConversationMemory memory, ArticleStore articles, QuestionLog log,
                      Clock clock) {
        this.parser = parser;
        this.answerer = answerer;
        this.memory = memory;
        this.articles = articles;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "ask";
    }

    @Override
    public String arguments() {
        return "QUESTION";
    }

    @Override
    public String summary() {
        return "ask about the news, e.g. /ask what did Lavrov say?";
    }

    @Override
    public Reply run(CommandContext context) {
        if (context.args().isEmpty()) {
            return Reply.info("Ask me about the news, for example: what was said about Syria?");
        }
        long started = System.nanoTime();
        String key = context.message().conversationKey();
        ConversationMemory.Turn previous = memory.last(key);
        List<String> publishers = articles.publishers().stream().map(p -> p.publisher().toLowerCase(Locale.ROOT)).toList();
        Question question = parser.parse(context.args(), previous == null ? null : previous.question(), publishers);
        // Asked for more, the answer leaves out all that this question has shown so far; otherwise what was just said.
        Reply before = previous == null ? null : question.more() ? previous.shown() : previous.reply();
        Reply reply = answerer.answer(question, before);
        if (question.intent() != Question.Intent.WHO_SAID_THAT) {
            memory.remember(key, previous == null ? new ConversationMemory.Turn(question, reply) : previous.next(question, reply));
        }
        log.record(clock.instant(), context.message().chat().platform(), (System.nanoTime() - started) / 1_000_000,
                reply.kind().name().toLowerCase(Locale.ROOT));
        return reply;
    }
}
