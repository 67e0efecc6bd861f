package io.newsbot.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputPolicyTest {
    final InputPolicy policy = new InputPolicy(100);

    @Test
    void passes_ordinary_text_through_with_line_breaks_as_spaces() {
        InputPolicy.Checked checked = policy.check("  What did\nLavrov\r\nsay?\t ");
        assertThat(checked.problem()).isEmpty();
        assertThat(checked.text()).isEqualTo("What did Lavrov  say?");
    }

    @Test
    void keeps_emoji_accents_and_right_to_left_scripts() {
        assertThat(policy.check("Что сказал Лавров? 😀 ما الجديد؟ café").text()).isEqualTo("Что сказал Лавров? 😀 ما الجديد؟ café");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t ", "\u3000"})
    void says_an_empty_message_is_empty(String text) {
        assertThat(policy.check(text).problem()).contains(InputPolicy.EMPTY);
    }

    @Test
    void says_a_message_of_only_invisible_characters_has_no_text() {
        assertThat(policy.check("\u200B\u200F\u202E\uFEFF").problem()).contains(InputPolicy.NO_TEXT);
    }

    @Test
    void says_how_long_a_message_is_and_the_limit() {
        assertThat(policy.check("x".repeat(101)).problem()).contains("Your message is 101 characters long; please keep it under 100.");
        assertThat(policy.check("x".repeat(100)).problem()).isEmpty();
    }

    @Test
    void counts_characters_not_utf16_units() {
        assertThat(policy.check("😀".repeat(100)).problem()).isEmpty();
        assertThat(policy.check("😀".repeat(101)).problem()).get().asString().contains("101 characters");
    }

    @Test
    void refuses_a_huge_message_without_trouble() {
        assertThat(policy.check("a".repeat(5_000_000)).problem()).get().asString().contains("5000000 characters");
    }

    @Test
    void refuses_nul() {
        assertThat(policy.check("what\u0000about Syria").problem()).contains(InputPolicy.NUL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ring \u0007 the bell", "escape \u001B[31m red", "back\bspace", "c1 \u0085 next line", "del \u007F"})
    void refuses_control_characters(String text) {
        assertThat(policy.check(text).problem()).contains(InputPolicy.CONTROL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lone high \uD83D here", "lone low \uDE00 here", "ends high \uD83D", "reversed \uDE00\uD83D pair",
            "decoded from bad UTF-8 \uFFFD", "nonchar \uFFFF", "nonchar \uFDD0"})
    void refuses_broken_unicode(String text) {
        assertThat(policy.check(text).problem()).contains(InputPolicy.BROKEN);
    }

    @Test
    void refuses_invalid_utf8_bytes_as_they_arrive_decoded() {
        byte[] invalid = {'h', 'i', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xF0, (byte) 0x9F};
        String decoded = new String(invalid, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(policy.check(decoded).problem()).contains(InputPolicy.BROKEN);
    }

    @Test
    void drops_bidi_overrides_and_zero_width_characters_from_the_text() {
        InputPolicy.Checked checked = policy.check("Sy\u200Bria \u202Eevil\u202C");
        assertThat(checked.problem()).isEmpty();
        assertThat(checked.text()).isEqualTo("Syria evil");
    }

    @Test
    void accepts_null_as_empty() {
        assertThat(policy.check(null).problem()).isEqualTo(Optional.of(InputPolicy.EMPTY));
    }
}
