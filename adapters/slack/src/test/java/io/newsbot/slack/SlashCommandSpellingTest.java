package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.platform.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlashCommandSpellingTest {
    private final SlashCommandSpelling spelling = new SlashCommandSpelling(
            () -> List.of("start", "help", "ask", "sources", "latest", "digest", "subscribe", "unsubscribe", "subscriptions", "admin"));

    @Test
    void turns_a_subcommand_into_the_core_s_command() {
        assertThat(spelling.toCore("ask What did Lavrov say?")).isEqualTo("/ask What did Lavrov say?");
        assertThat(spelling.toCore("Subscribe 09:00 America/New_York")).isEqualTo("/subscribe 09:00 America/New_York");
        assertThat(spelling.toCore("digest")).isEqualTo("/digest");
        assertThat(spelling.toCore("admin stats")).isEqualTo("/admin stats");
    }

    @Test
    void keeps_advertised_subcommands_as_commands_even_before_the_core_has_them() {
        SlashCommandSpelling bare = new SlashCommandSpelling(() -> List.of("ask", "help"));

        assertThat(bare.toCore("subscribe 09:00 America/New_York")).isEqualTo("/subscribe 09:00 America/New_York");
        assertThat(bare.toCore("stats")).isEqualTo("stats");
    }

    @Test
    void reads_other_text_as_a_question_and_nothing_as_help() {
        assertThat(spelling.toCore("What did Lavrov say?")).isEqualTo("What did Lavrov say?");
        assertThat(spelling.toCore("  ")).isEqualTo("/help");
        assertThat(spelling.toCore("/latest")).isEqualTo("/latest");
    }

    @Test
    void spells_commands_in_help_and_errors_as_slack_users_type_them() {
        Reply help = new Reply(Reply.Kind.INFO, "Send /help or /subscriptions.", List.of(new Reply.Section("Commands",
                List.of(new Reply.Item("/ask QUESTION", "ask, e.g. /ask what? See https://x.org/ask and /asking", List.of())))), List.of());

        Reply shown = spelling.toSlack(help);

        assertThat(shown.intro()).isEqualTo("Send /newsbot help or /newsbot subscriptions.");
        assertThat(shown.sections().get(0).items().get(0).speaker()).isEqualTo("/newsbot ask QUESTION");
        assertThat(shown.sections().get(0).items().get(0).text()).isEqualTo("ask, e.g. /newsbot ask what? See https://x.org/ask and /asking");
    }

    @Test
    void leaves_answers_alone() {
        Reply answer = Reply.text(Reply.Kind.ANSWER, "He said /ask is a word.");

        assertThat(spelling.toSlack(answer)).isSameAs(answer);
    }
}
