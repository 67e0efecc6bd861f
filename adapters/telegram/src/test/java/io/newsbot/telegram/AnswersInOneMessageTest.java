package io.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.article.ArticleDraft;
import io.newsbot.ingest.Ingestor;
import io.newsbot.platform.Reply;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core's answers, rendered for Telegram, fit one message: a run-on statement no longer becomes nine. */
class AnswersInOneMessageTest {
    @TempDir
    static Path dataDir;
    static NewsbotCore core;

    @BeforeAll
    static void openCoreWithALongWindedSpeaker() {
        core = TestCore.open(dataDir);
        StringBuilder text = new StringBuilder("Senator Rand Paul held the floor of the Senate for hours on Wednesday.\n\n");
        text.append("Paul said that ").append("the spending and the debt and the deficit and the taxes ".repeat(220)).append("would ruin the country.\n\n");
        for (int i = 1; i <= 30; i++) {
            text.append("\"The budget has to be cut in item number ").append(i).append(", and we have to stop borrowing money from China to pay for "
                    + "programs that do not work and never have worked,\" Paul said.\n\n");
        }
        core.ingestor().ingestDrafts(List.of(new ArticleDraft("test:filibuster", "https://example.com/filibuster", "The long speech", "Example News",
                TestCore.NOW, text.toString())), null, Ingestor.Progress.NONE);
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void a_speaker_with_a_run_on_statement_and_many_more_is_answered_in_one_telegram_message() {
        Reply reply = TestCore.ask(core, "What did Paul say?");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(new TelegramHtmlRenderer().render(reply)).hasSize(1);
    }

    @Test
    void a_topic_answer_fits_one_telegram_message() {
        Reply reply = TestCore.ask(core, "What was said about the budget and the debt?");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(new TelegramHtmlRenderer().render(reply)).hasSize(1);
    }
}
