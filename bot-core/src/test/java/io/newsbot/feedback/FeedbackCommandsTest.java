package io.newsbot.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.command.feedback.ReasonPrompt;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Reply;
import io.newsbot.store.AuditLog;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Rating answers and reading the ratings, through the real core as the console and the platforms use it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedbackCommandsTest {
    @TempDir
    static Path dir;
    static NewsbotCore core;

    @BeforeAll
    static void open() {
        core = TestCore.open(dir);
    }

    @AfterAll
    static void close() {
        core.close();
    }

    private static Reply user(String text) {
        return core.bot().handle(TestCore.from("telegram", "7", "7", ChatType.PRIVATE, text)).orElseThrow();
    }

    @Test
    @Order(1)
    void every_answer_and_every_not_covered_carries_a_feedback_handle_and_other_replies_none() {
        Reply answer = user("What did Lavrov say?");
        Reply notCovered = user("What happened in the curling final in Reykjavik?");

        assertThat(answer.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(answer.answerId()).isNotNull();
        assertThat(notCovered.kind()).isEqualTo(Reply.Kind.NOT_COVERED);
        assertThat(notCovered.answerId()).isGreaterThan(answer.answerId());
        assertThat(user("/help").answerId()).isNull();
        assertThat(core.feedback().answer(answer.answerId())).hasValueSatisfying(a -> {
            assertThat(a.question()).isEqualTo("What did Lavrov say?");
            assertThat(a.kind()).isEqualTo(QuestionKind.SPEAKER);
            assertThat(a.articleIds()).isEqualTo(answer.citations().stream().map(Reply.Citation::articleId).toList()).isNotEmpty();
        });
    }

    @Test
    @Order(2)
    void bad_rates_the_last_answer_asks_once_what_was_wrong_and_takes_one_word() {
        Reply answer = user("What was said about Syria?");

        assertThat(user("/bad").plainText()).isEqualTo("Thanks for the 👎 on answer " + answer.answerId() + ". " + ReasonPrompt.QUESTION);
        assertThat(user("Outdated.").plainText()).isEqualTo("Noted: outdated. Thank you.");
        // Asked once: the same word later is a question again.
        assertThat(user("outdated").plainText()).doesNotStartWith("Noted");

        assertThat(core.feedback().latestVotes(1)).singleElement().satisfies(r -> {
            assertThat(r.vote().good()).isFalse();
            assertThat(r.vote().reason()).isEqualTo(Vote.Reason.OUTDATED);
            assertThat(r.answer().id()).isEqualTo(answer.answerId());
        });
    }

    @Test
    @Order(3)
    void a_question_after_bad_is_answered_and_the_reason_is_not_asked_again() {
        user("What was said about Syria?");
        user("/bad");

        Reply next = user("What did Lavrov say?");

        assertThat(next.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(user("person").plainText()).doesNotStartWith("Noted");
        assertThat(core.feedback().latestVotes(1).get(0).vote().reason()).isNull();
    }

    @Test
    @Order(4)
    void good_rates_an_answer_by_its_id_but_only_one_of_this_chat() {
        long id = user("What did Lavrov say?").answerId();
        long elsewhere = core.bot().handle(TestCore.from("telegram", "8", "8", ChatType.PRIVATE, "What did Lavrov say?")).orElseThrow().answerId();

        assertThat(user("/good " + id).plainText()).isEqualTo("Thanks for the 👍 on answer " + id + ".");
        assertThat(user("/good " + elsewhere).plainText()).isEqualTo("There is no answer " + elsewhere + " of mine in this chat.");
        assertThat(user("/good twice").kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(core.bot().handle(TestCore.from("telegram", "9", "9", ChatType.PRIVATE, "/bad")).orElseThrow().plainText())
                .isEqualTo("There is no answer of mine in this chat to rate yet.");
    }

    @Test
    @Order(5)
    void admins_read_the_latest_votes_with_the_share_of_bad_by_kind_and_others_are_refused_and_audited() {
        Reply refused = user("/admin feedback");
        Reply feedback = TestCore.ask(core, "/admin feedback 5");

        assertThat(refused.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(feedback.plainText()).startsWith("The latest 3 votes:")
                .contains("👍 #", "👎 #", "“What was said about Syria?” (topic question, telegram:7, ", " — outdated")
                .contains("Share of 👎 by kind of question", "speaker question: 0 👎 of 1 (0%)", "topic question: 2 👎 of 2 (100%)");
        AuditLog.Entry last = core.audit().latest(2).get(0);
        assertThat(last.command()).isEqualTo("/admin feedback 5");
        assertThat(core.audit().latest(2).get(1).outcome()).isEqualTo("refused");
    }

    @Test
    @Order(6)
    void admins_see_the_questions_answered_not_covered_grouped_by_topic() {
        // A chat of its own: in chat 7, after "What did Lavrov say?", this would be a follow-up about Lavrov.
        core.bot().handle(TestCore.from("telegram", "10", "10", ChatType.PRIVATE, "What about the curling final in Reykjavik?")).orElseThrow();

        Reply unanswered = TestCore.ask(core, "/admin unanswered");

        assertThat(unanswered.plainText()).startsWith("Topics answered \"not covered\", most asked first:")
                .containsPattern("curling final reykjavik: 2 questions, e\\.g\\. “What (happened in|about) the curling final in Reykjavik\\?”");
        assertThat(user("/admin unanswered").kind()).isEqualTo(Reply.Kind.REFUSED);
    }

}
