package io.newsbot.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.feedback.jdbc.JdbcFeedbackStore;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Sender;
import io.newsbot.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Presses on the 👍 / 👎 buttons, as every platform hands them to the core. */
class ButtonVotesTest {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();
    private static final ChatRef GROUP = new ChatRef("telegram", "-100", ChatType.GROUP);
    private static final Sender ALICE = new Sender("telegram", "1", "Alice");
    private static final Sender BOB = new Sender("telegram", "2", "Bob");
    private FeedbackStore store;
    private ButtonVotes buttons;
    private long answer;

    @BeforeEach
    void given_an_answer_in_a_group() {
        store = new JdbcFeedbackStore(db.get());
        buttons = new ButtonVotes(store, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
        answer = store.record(new AnsweredQuestion(0, GROUP, "What did Lavrov say?", QuestionKind.SPEAKER, "lavrov", List.of(3L, 4L), true,
                Instant.parse("2026-11-23T09:59:00Z")));
    }

    @Test
    void a_thumbs_up_is_stored_with_the_question_and_its_articles() {
        ButtonVotes.Outcome outcome = buttons.press(VoteButton.good(answer), GROUP, ALICE);

        assertThat(outcome.notice()).isEqualTo("Thanks — noted 👍");
        assertThat(outcome.askReason()).isFalse();
        assertThat(store.latestVotes(5)).singleElement().satisfies(r -> {
            assertThat(r.vote().good()).isTrue();
            assertThat(r.vote().voter()).isEqualTo("telegram:1");
            assertThat(r.answer().question()).isEqualTo("What did Lavrov say?");
            assertThat(r.answer().articleIds()).containsExactly(3L, 4L);
            assertThat(r.answer().chat().key()).isEqualTo("telegram:-100");
        });
    }

    @Test
    void pressing_twice_changes_the_vote_and_each_person_has_one() {
        buttons.press(VoteButton.good(answer), GROUP, ALICE);
        buttons.press(VoteButton.bad(answer), GROUP, ALICE);
        buttons.press(VoteButton.bad(answer), GROUP, ALICE);
        buttons.press(VoteButton.good(answer), GROUP, BOB);

        assertThat(store.latestVotes(10)).extracting(r -> r.vote().voter() + "=" + r.vote().good())
                .containsExactlyInAnyOrder("telegram:1=false", "telegram:2=true");
    }

    @Test
    void a_thumbs_down_offers_the_reasons_once_and_a_reason_is_kept_with_the_vote() {
        ButtonVotes.Outcome down = buttons.press(VoteButton.bad(answer), GROUP, ALICE);
        ButtonVotes.Outcome why = buttons.press(VoteButton.reason(answer, Vote.Reason.OUTDATED), GROUP, ALICE);

        assertThat(down.askReason()).isTrue();
        assertThat(ButtonVotes.reasons(answer)).extracting(VoteButton::label).containsExactly("Wrong person", "Not about my question", "Outdated", "Other");
        assertThat(why.notice()).isEqualTo("Noted: outdated. Thank you.");
        assertThat(why.askReason()).isFalse();
        assertThat(store.latestVotes(1).get(0).vote().reason()).isEqualTo(Vote.Reason.OUTDATED);
    }

    @Test
    void a_reason_without_a_thumbs_down_records_nothing() {
        ButtonVotes.Outcome outcome = buttons.press(VoteButton.reason(answer, Vote.Reason.OTHER), GROUP, BOB);

        assertThat(outcome.recorded()).isFalse();
        assertThat(store.latestVotes(5)).isEmpty();
    }

    @Test
    void a_press_naming_another_chats_answer_records_nothing() {
        ButtonVotes.Outcome outcome = buttons.press(VoteButton.good(answer), new ChatRef("telegram", "5", ChatType.PRIVATE), ALICE);

        assertThat(outcome.recorded()).isFalse();
        assertThat(outcome.notice()).isEqualTo("That answer can no longer be rated.");
        assertThat(store.latestVotes(5)).isEmpty();
    }

    @Test
    void only_answers_and_not_covered_with_a_handle_offer_buttons_never_refusals_errors_help_or_digests() {
        io.newsbot.platform.Reply answer = io.newsbot.platform.Reply.text(io.newsbot.platform.Reply.Kind.ANSWER, "An answer.");

        assertThat(answer.withAnswerId(3).rateable()).isTrue();
        assertThat(io.newsbot.platform.Reply.text(io.newsbot.platform.Reply.Kind.NOT_COVERED, "Not covered.").withAnswerId(4).rateable()).isTrue();
        assertThat(answer.rateable()).as("no handle").isFalse();
        for (io.newsbot.platform.Reply.Kind kind : List.of(io.newsbot.platform.Reply.Kind.REFUSED, io.newsbot.platform.Reply.Kind.ERROR,
                io.newsbot.platform.Reply.Kind.INFO, io.newsbot.platform.Reply.Kind.DIGEST, io.newsbot.platform.Reply.Kind.ALERT)) {
            assertThat(io.newsbot.platform.Reply.text(kind, "x").withAnswerId(5).rateable()).as(kind.name()).isFalse();
        }
    }

    @Test
    void every_button_reads_back_as_itself_within_telegrams_64_bytes_and_other_data_is_no_button() {
        for (VoteButton b : List.of(VoteButton.good(Long.MAX_VALUE / 10), VoteButton.bad(7), VoteButton.reason(Long.MAX_VALUE / 10, Vote.Reason.OFF_QUESTION))) {
            assertThat(VoteButton.parse(b.encode())).contains(b);
            assertThat(b.encode().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        }
        for (String junk : new String[] {null, "", "v:g:0", "v:g:-1", "v:r:5", "v:g:5:o", "v:z:5", "v:g:5 ", "x:g:5"}) {
            assertThat(VoteButton.parse(junk)).as(String.valueOf(junk)).isEmpty();
        }
    }
}
