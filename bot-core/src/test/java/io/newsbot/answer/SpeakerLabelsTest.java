package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A topic answer labels a sentence with its speaker only when the speaker reads as a name. */
class SpeakerLabelsTest {
    @Test
    void names_and_named_organisations_are_labels() {
        assertThat(TopicAnswerer.readsAsName("Sergei Lavrov")).isTrue();
        assertThat(TopicAnswerer.readsAsName("the Kremlin")).isTrue();
        assertThat(TopicAnswerer.readsAsName("Donald Trump")).isTrue();
    }

    @Test
    void phrases_the_extractor_took_for_a_speaker_are_not() {
        assertThat(TopicAnswerer.readsAsName("its allies")).isFalse();
        assertThat(TopicAnswerer.readsAsName("his address in Seoul")).isFalse();
        assertThat(TopicAnswerer.readsAsName("Syrian government's")).isFalse();
        assertThat(TopicAnswerer.readsAsName("some USA officials")).isFalse();
    }
}
