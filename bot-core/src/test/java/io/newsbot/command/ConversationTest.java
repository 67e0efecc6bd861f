package io.newsbot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.newsbot.answer.Answerer;
import io.newsbot.answer.Question;
import io.newsbot.answer.QuestionParser;
import io.newsbot.article.ArticleStore;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import io.newsbot.store.AdminStore;
import io.newsbot.store.QuestionLog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plain messages through the router and {@code ask}: what reaches the answerer, turn after turn, per conversation. */
class ConversationTest {
    static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

    /** Records what it was asked and answers with one numbered item per call. */
    static final class RecordingAnswerer implements Answerer {
        final List<Question> questions = new ArrayList<>();
        final List<Reply> previous = new ArrayList<>();

        @Override
        public Reply answer(Question question, Reply before) {
            questions.add(question);
            previous.add(before);
            String n = Integer.toString(questions.size());
            return new Reply(Reply.Kind.ANSWER, "answer " + n, List.of(new Reply.Section("article " + n,
                    List.of(new Reply.Item("Speaker " + n, "statement " + n, List.of(1))))),
                    List.of(new Reply.Citation(1, questions.size(), "article " + n, "", "", "")));
        }
    }

    final RecordingAnswerer answerer = new RecordingAnswerer();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final CommandRouter router = new CommandRouter(new Access(mock(AdminStore.class), Set.of()));

    ConversationTest() {
        router.register(new HelpCommand(() -> new ArrayList<>(router.commands())))
                .register(new AskCommand(new QuestionParser(clock, ZoneOffset.UTC), answerer, new ConversationMemory(100), mock(ArticleStore.class),
                        mock(QuestionLog.class), clock))
                .register(new Command() {
                    public String name() { return "start"; }
                    public String arguments() { return ""; }
                    public String summary() { return "welcome"; }
                    public Reply run(CommandContext context) { return Reply.info("Hello! I answer questions about the news."); }
                });
    }

    Reply say(String text) {
        return say(text, null);
    }

    Reply say(String text, String thread) {
        return router.route(new InboundMessage(new ChatRef("telegram", "1", ChatType.GROUP), new Sender("telegram", "7", "Ann"), text, thread, NOW));
    }

    Question last() {
        return answerer.questions.get(answerer.questions.size() - 1);
    }

    @Test
    void help_words_get_the_help_reply() {
        for (String text : List.of("help", "@newsbot_bot help", "Help!", "what can you do?", "hey, what can you do?", "commands")) {
            assertThat(say(text).intro()).as(text).isEqualTo("Ask me about the news in plain words, or use a command.");
        }
        assertThat(answerer.questions).isEmpty();
    }

    @Test
    void a_greeting_alone_gets_the_welcome_and_thanks_a_welcome() {
        assertThat(say("Hi!").intro()).startsWith("Hello!");
        assertThat(say("hello there @newsbot_bot").intro()).startsWith("Hello!");
        assertThat(say("thanks! 🙏").intro()).startsWith("You're welcome");
        assertThat(say("🙏").intro()).startsWith("Ask me about the news");
        assertThat(answerer.questions).isEmpty();
    }

    @Test
    void a_greeting_before_a_question_is_a_question() {
        say("Hi! What was said about Syria?");

        assertThat(last().topic()).isEqualTo("Syria");
        assertThat(last().text()).isEqualTo("Hi! What was said about Syria?");
    }

    @Test
    void a_follow_up_continues_the_previous_speaker_question_with_its_reply() {
        Reply first = say("What did Trump say about Syria?");
        say("and Ukraine?");

        assertThat(last().speaker()).isEqualTo("Trump");
        assertThat(last().topic()).isEqualTo("Ukraine");
        assertThat(answerer.previous.get(1)).isEqualTo(first);
    }

    @Test
    void asking_for_more_again_leaves_out_everything_shown_so_far() {
        say("What did Lavrov say?");
        say("more");
        say("anything else?");

        assertThat(answerer.questions.subList(1, 3)).allMatch(Question::more).allMatch(q -> q.speaker().equals("Lavrov"));
        assertThat(answerer.previous.get(1).sections()).extracting(Reply.Section::heading).containsExactly("article 1");
        Reply shown = answerer.previous.get(2);
        assertThat(shown.sections()).extracting(Reply.Section::heading).containsExactly("article 1", "article 2");
        assertThat(shown.citations()).extracting(Reply.Citation::number).containsExactly(1, 2);
        assertThat(shown.sections()).flatExtracting(Reply.Section::items).extracting(Reply.Item::citations).containsExactly(List.of(1), List.of(2));
    }

    @Test
    void a_new_question_after_more_starts_afresh() {
        say("What did Lavrov say?");
        say("more");
        say("What was said about Syria?");
        say("more");

        assertThat(answerer.previous.get(3).sections()).extracting(Reply.Section::heading).containsExactly("article 3");
    }

    @Test
    void who_said_that_leaves_the_conversation_where_it_was() {
        say("What did Trump say about Syria?");
        say("who said that?");
        say("and Ukraine?");

        assertThat(answerer.questions.get(1).intent()).isEqualTo(Question.Intent.WHO_SAID_THAT);
        assertThat(last().speaker()).isEqualTo("Trump");
        assertThat(last().topic()).isEqualTo("Ukraine");
    }

    @Test
    void each_thread_is_its_own_conversation() {
        say("What did Trump say about Syria?", "thread-1");
        say("and Ukraine?", "thread-2");

        assertThat(last().speaker()).isEmpty();
        assertThat(last().topic()).isEqualTo("Ukraine");
        assertThat(answerer.previous.get(1)).isNull();
    }
}
