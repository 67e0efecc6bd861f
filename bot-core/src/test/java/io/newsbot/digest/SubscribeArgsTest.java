package io.newsbot.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SubscribeArgsTest {
    private static final ZoneId DEFAULT = ZoneId.of("Europe/London");

    @Test
    void reads_time_zone_and_comma_separated_topics() {
        SubscribeArgs args = SubscribeArgs.parse("07:30 Europe/Berlin Syria, North Korea", DEFAULT);

        assertThat(args.time()).isEqualTo(LocalTime.of(7, 30));
        assertThat(args.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(args.topics()).containsExactly("Syria", "North Korea");
    }

    @Test
    void uses_the_configured_zone_when_none_is_given_and_words_as_topics_without_commas() {
        SubscribeArgs args = SubscribeArgs.parse("7:05 Syria Iran", DEFAULT);

        assertThat(args.time()).isEqualTo(LocalTime.of(7, 5));
        assertThat(args.zone()).isEqualTo(DEFAULT);
        assertThat(args.topics()).containsExactly("Syria", "Iran");
    }

    @Test
    void accepts_utc() {
        assertThat(SubscribeArgs.parse("18:00 utc", DEFAULT).zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void refuses_a_bad_time_naming_the_format() {
        assertThatThrownBy(() -> SubscribeArgs.parse("25:00", DEFAULT)).hasMessageContaining("HH:MM").hasMessageContaining("07:30");
        assertThatThrownBy(() -> SubscribeArgs.parse("7pm", DEFAULT)).hasMessageContaining("HH:MM");
        assertThatThrownBy(() -> SubscribeArgs.parse("", DEFAULT)).hasMessageContaining("/subscribe HH:MM");
    }

    @Test
    void refuses_an_unknown_zone_naming_the_format() {
        assertThatThrownBy(() -> SubscribeArgs.parse("07:30 Mars/Olympus", DEFAULT))
                .hasMessageContaining("Mars/Olympus").hasMessageContaining("Europe/Berlin");
    }

    @Test
    void refuses_too_many_topics() {
        assertThatThrownBy(() -> SubscribeArgs.parse("07:30 a b c d e f g h i j k", DEFAULT)).hasMessageContaining("at most 10");
    }
}
