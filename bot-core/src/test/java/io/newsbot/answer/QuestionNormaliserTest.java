package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionNormaliserTest {
    final QuestionNormaliser normaliser = new QuestionNormaliser();

    private String text(String message) {
        return normaliser.normalise(message).text();
    }

    @Test
    void removes_greetings_and_fillers_in_front() {
        assertThat(text("hey, what did Lavrov say?")).isEqualTo("what did Lavrov say");
        assertThat(text("Hi! What was said about Syria?")).isEqualTo("What was said about Syria");
        assertThat(text("hello there, what was said about Syria")).isEqualTo("what was said about Syria");
        assertThat(text("ok so what did Lavrov say")).isEqualTo("what did Lavrov say");
        assertThat(text("quick question: what did Lavrov say")).isEqualTo("what did Lavrov say");
        assertThat(text("Can you tell me what was said about Syria?")).isEqualTo("what was said about Syria");
        assertThat(text("I'd like to know what Lavrov said")).isEqualTo("what Lavrov said");
        assertThat(text("please tell me about Syria")).isEqualTo("about Syria");
    }

    @Test
    void removes_politeness_and_noise_behind() {
        assertThat(text("What did Lavrov say? (1)")).isEqualTo("What did Lavrov say");
        assertThat(text("what did Lavrov say??")).isEqualTo("what did Lavrov say");
        assertThat(text("What did Lavrov say!!!")).isEqualTo("What did Lavrov say");
        assertThat(text("what did Lavrov say 🙏")).isEqualTo("what did Lavrov say");
        assertThat(text("what did Lavrov say :)")).isEqualTo("what did Lavrov say");
        assertThat(text("what did Lavrov say, please?")).isEqualTo("what did Lavrov say");
        assertThat(text("what did Lavrov say? thanks!")).isEqualTo("what did Lavrov say");
    }

    @Test
    void removes_mentions_of_a_bot_anywhere_and_what_they_leave_behind() {
        assertThat(text("@newsbot_bot what did Lavrov say")).isEqualTo("what did Lavrov say");
        assertThat(text("Hey @newsbot_bot, what did Lavrov say?")).isEqualTo("what did Lavrov say");
        assertThat(text("what did @NewsBot_Bot Lavrov say")).isEqualTo("what did Lavrov say");
        assertThat(text("what did Lavrov say @newsbot_bot")).isEqualTo("what did Lavrov say");
        assertThat(text("Hey , what did Lavrov say ?")).isEqualTo("what did Lavrov say");
        assertThat(text("mail me at ann@newsbot_bot.example about Syria")).contains("ann@newsbot_bot.example");
    }

    @Test
    void corrects_slips_in_scaffolding_words_but_never_names() {
        assertThat(text("waht did Lavrov say")).isEqualTo("what did Lavrov say");
        assertThat(text("what did lavrov sya about sanctions")).isEqualTo("what did lavrov say about sanctions");
        assertThat(text("Whta was siad abuot Syria?")).isEqualTo("What was said about Syria");
        assertThat(text("What did Ham say?")).isEqualTo("What did Ham say");
        assertThat(text("what did Said say about Wat Arun")).isEqualTo("what did Said say about Wat Arun");
        assertThat(text("which singer will play in las vegas this year")).contains("las vegas");
        assertThat(text("the three officials who met there")).isEqualTo("the three officials who met there");
        assertThat(text("What was said about the U.S. and the u-turn")).isEqualTo("What was said about the U.S. and the u-turn");
    }

    @Test
    void says_when_the_message_was_only_a_greeting_or_thanks() {
        QuestionNormaliser.Normalised hi = normaliser.normalise("Hi!");
        QuestionNormaliser.Normalised thanks = normaliser.normalise("thanks a lot 🙏");

        assertThat(hi.text()).isEmpty();
        assertThat(hi.greeting()).isTrue();
        assertThat(thanks.text()).isEmpty();
        assertThat(thanks.thanks()).isTrue();
        assertThat(normaliser.normalise("(1) ??").text()).isEmpty();
    }
}
