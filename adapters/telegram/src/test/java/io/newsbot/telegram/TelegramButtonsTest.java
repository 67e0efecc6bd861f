package io.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.article.ArticleDraft;
import io.newsbot.feedback.FeedbackStore;
import io.newsbot.feedback.Vote;
import io.newsbot.ingest.Ingestor;
import io.newsbot.telegram.fake.FakeBotApi.Chat;
import io.newsbot.telegram.fake.FakeBotApi.Sent;
import io.newsbot.telegram.fake.FakeBotApi.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.newsbot.testing.ClassCore;

/** 👍 / 👎 under answers in Telegram: the inline keyboard, the presses (callback queries) and what they store, against the fake Bot API. */
class TelegramButtonsTest extends TelegramAdapterFixture {
    static final List<List<String>> VOTES = List.of(List.of("👍", "👎"));
    static final List<List<String>> WITH_REASONS = List.of(List.of("👍", "👎"), List.of("Wrong person", "Not about my question"),
            List.of("Outdated", "Other"));

    @RegisterExtension
    static final ClassCore core = ClassCore.open().with(TelegramButtonsTest::addAnArticleOnBanners);

    TelegramButtonsTest() {
        super(core);
    }

    static void addAnArticleOnBanners(NewsbotCore core) {
        core.ingestor().ingestDrafts(List.of(new ArticleDraft("test:banners", "https://example.com/banners", "Banners stay up in Ruritania",
                "Example Wire", Instant.parse("2026-11-20T08:00:00Z"),
                "The spokesman of the Ruritania festival council said the banners would stay up until the festival ends next week. "
                        + "Shopkeepers in the capital said the banners brought more visitors than any festival before.")),
                null, Ingestor.Progress.NONE);
    }


    List<Vote> votesOn(long answerId) {
        return core.get().feedback().latestVotes(1000).stream().map(FeedbackStore.Rated::vote).filter(v -> v.answerId() == answerId).toList();
    }

    static long answerId(Sent answer) {
        return core.get().feedback().lastAnswer(new io.newsbot.platform.ChatRef("telegram", Long.toString(answer.chatId()),
                io.newsbot.platform.ChatType.PRIVATE)).orElseThrow().id();
    }

    @Test
    void an_answer_carries_thumbs_up_and_down_and_help_and_errors_carry_no_buttons() throws Exception {
        startPolling();
        User ann = user();
        Chat chat = Chat.privateWith(ann);

        fake.userSends(chat, ann, "What did the spokesman say about the banners in Ruritania?");
        Sent answer = fake.awaitSent(chat.id(), 1, WAIT).get(0);
        fake.userSends(chat, ann, "/help");
        fake.userSends(chat, ann, "/good twice");
        List<Sent> all = fake.awaitSent(chat.id(), 3, WAIT);

        assertThat(answer.text()).contains("banners");
        assertThat(answer.buttons()).isEqualTo(VOTES);
        assertThat(answer.replyMarkup().path("inline_keyboard").get(0).get(0).path("callback_data").asText()).isEqualTo("v:g:" + answerId(answer));
        assertThat(all.subList(1, 3)).allSatisfy(s -> assertThat(s.replyMarkup()).as(s.text()).isNull());
    }

    @Test
    void a_press_is_answered_with_a_toast_and_a_second_press_changes_the_vote_instead_of_adding_one() throws Exception {
        startPolling();
        User bea = user();
        Chat chat = Chat.privateWith(bea);
        fake.userSends(chat, bea, "What did the spokesman say about the banners in Ruritania?");
        Sent answer = fake.awaitSent(chat.id(), 1, WAIT).get(0);
        long id = answerId(answer);

        String up = fake.userPresses(chat, bea, answer.messageId(), "👍");
        assertThat(fake.awaitCallbackAnswer(up, WAIT)).isEqualTo("Thanks — noted 👍");
        String down = fake.userPresses(chat, bea, answer.messageId(), "👎");
        assertThat(fake.awaitCallbackAnswer(down, WAIT)).isEqualTo("Thanks — noted 👎. What was wrong? Pick one below if you like.");

        assertThat(votesOn(id)).singleElement().satisfies(v -> {
            assertThat(v.good()).isFalse();
            assertThat(v.voter()).isEqualTo("telegram:" + bea.id());
        });
        assertThat(core.get().feedback().answer(id).orElseThrow().question()).isEqualTo("What did the spokesman say about the banners in Ruritania?");
        assertThat(core.get().feedback().answer(id).orElseThrow().articleIds()).isNotEmpty();
    }

    @Test
    void a_thumbs_down_offers_the_reasons_on_the_answer_and_a_reason_is_kept_and_takes_them_away() throws Exception {
        startPolling();
        User cy = user();
        Chat chat = Chat.privateWith(cy);
        fake.userSends(chat, cy, "What did the spokesman say about the banners in Ruritania?");
        Sent answer = fake.awaitSent(chat.id(), 1, WAIT).get(0);

        fake.awaitCallbackAnswer(fake.userPresses(chat, cy, answer.messageId(), "👎"), WAIT);
        fake.awaitButtons(chat.id(), answer.messageId(), WITH_REASONS, WAIT);
        String why = fake.userPresses(chat, cy, answer.messageId(), "Outdated");

        assertThat(fake.awaitCallbackAnswer(why, WAIT)).isEqualTo("Noted: outdated. Thank you.");
        fake.awaitButtons(chat.id(), answer.messageId(), VOTES, WAIT);
        assertThat(votesOn(answerId(answer))).singleElement().satisfies(v -> assertThat(v.reason()).isEqualTo(Vote.Reason.OUTDATED));
    }

    @Test
    void the_buttons_survive_a_failed_send_and_come_back_with_the_retry_from_the_outbox() throws Exception {
        fake.badGatewayNext("sendMessage");
        startPolling();
        User dot = user();
        Chat chat = Chat.privateWith(dot);

        fake.userSends(chat, dot, "What did the spokesman say about the banners in Ruritania?");
        Duration backoff = timer.awaitDelay(d -> d.compareTo(Duration.ofSeconds(1)) >= 0 && d.compareTo(Duration.ofMillis(1250)) <= 0, WAIT);
        clock.advance(backoff);
        timer.runDue();

        Sent answer = fake.awaitSent(chat.id(), 1, WAIT).get(0);
        assertThat(fake.events()).containsSubsequence("sendmessage 502", "sendmessage 200");
        assertThat(answer.buttons()).isEqualTo(VOTES);
    }
}
