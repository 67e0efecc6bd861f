package io.newsbot.command;

import io.newsbot.answer.Answerer;
import io.newsbot.answer.Question;
import io.newsbot.answer.QuestionParser;
import io.newsbot.article.ArticleStore;
import io.newsbot.feedback.AnswerLog;
import io.newsbot.feedback.AnsweredQuestion;
import io.newsbot.feedback.QuestionKind;
import io.newsbot.platform.Reply;
import io.newsbot.store.QuestionLog;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /ask QUESTION}, and every plain message that is a question: answers from the articles, remembering the turn
 * for follow-ups ("and Ukraine?", "more", "who said that?") in the same chat or thread. Each answer and each "not
 * covered" is recorded with its question, and carries the id it is rated by ({@code /good}, {@code /bad}).
 */
public final class AskCommand implements Command {
    private final QuestionParser parser;
    private final Answerer answerer;
    private final ConversationMemory memory;
    private final ArticleStore articles;
    private final QuestionLog log;
    private final Clock clock;
    private final AnswerLog answers;
    private final InReplyAnswerer inReply;

    public AskCommand(QuestionParser parser, Answerer answerer, ConversationMemory memory, ArticleStore articles, QuestionLog log,
                      Clock clock) {
        this(parser, answerer, memory, articles, log, clock, AnswerLog.NONE);
    }

    public AskCommand(QuestionParser parser, Answerer answerer, ConversationMemory memory, ArticleStore articles, QuestionLog log,
                      Clock clock, AnswerLog answers) {
        this(parser, answerer, memory, articles, log, clock, answers, InReplyAnswerer.NONE);
    }

    /** @param inReply answers a question replying to a message of the bot's that gives it a context (a digest) */
    public AskCommand(QuestionParser parser, Answerer answerer, ConversationMemory memory, ArticleStore articles, QuestionLog log,
                      Clock clock, AnswerLog answers, InReplyAnswerer inReply) {
        this.answers = answers;
        this.inReply = inReply;
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
        Optional<InReplyAnswerer.Answered> inContext = context.message().repliesTo() == null ? Optional.empty()
                : inReply.answer(context.message(), context.args(), publishers);
        if (inContext.isPresent()) return inContext(context, inContext.get(), key, started);
        Question question = parser.parse(context.args(), previous == null ? null : previous.question(), publishers);
        // Asked for more, the answer leaves out all that this question has shown so far; otherwise what was just said.
        Reply before = previous == null ? null : question.more() ? previous.shown() : previous.reply();
        Reply reply = answerer.answer(question, before);
        if (question.intent() != Question.Intent.WHO_SAID_THAT) {
            memory.remember(key, previous == null ? new ConversationMemory.Turn(question, reply) : previous.next(question, reply));
        }
        log.record(clock.instant(), context.message().chat().platform(), (System.nanoTime() - started) / 1_000_000,
                reply.kind().name().toLowerCase(Locale.ROOT));
        return rateable(context, question, previous != null && !question.equals(parser.parse(context.args(), null, publishers)), reply);
    }

    /** Answered in the context replied to (a digest): the start of a conversation of its own. */
    private Reply inContext(CommandContext context, InReplyAnswerer.Answered answered, String key, long started) {
        if (answered.question().intent() != Question.Intent.WHO_SAID_THAT) memory.remember(key, new ConversationMemory.Turn(answered.question(), answered.reply()));
        log.record(clock.instant(), context.message().chat().platform(), (System.nanoTime() - started) / 1_000_000,
                answered.reply().kind().name().toLowerCase(Locale.ROOT));
        return rateable(context, answered.question(), true, answered.reply());
    }

    private Reply rateable(CommandContext context, Question question, boolean followUp, Reply reply) {
        if (reply.kind() != Reply.Kind.ANSWER && reply.kind() != Reply.Kind.NOT_COVERED) return reply;
        String topic = io.newsbot.feedback.TopicWords.of(question.topic().isBlank() ? question.speaker() : question.topic());
        long id = answers.record(new AnsweredQuestion(0, context.message().chat(), context.args(), QuestionKind.of(question, followUp), topic,
                reply.citations().stream().map(Reply.Citation::articleId).toList(), reply.kind() == Reply.Kind.ANSWER, clock.instant()));
        return id > 0 ? reply.withAnswerId(id) : reply;
    }
}
