package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelClaimsTest {
    @Test
    void reads_each_sentence_with_the_passages_it_cites() {
        List<ModelClaims.Claim> claims = ModelClaims.of("Lavrov said talks would go on [1]. The moon is made of cheese [7].");
        assertThat(claims).containsExactly(new ModelClaims.Claim("Lavrov said talks would go on.", List.of(1), 0),
                new ModelClaims.Claim("The moon is made of cheese.", List.of(7), 0));
    }

    @Test
    void reads_markers_after_the_full_stop_and_lists_of_passages() {
        List<ModelClaims.Claim> claims = ModelClaims.of("Trump met Putin. [2][3] They talked about Syria [1, 4].\n\nNothing else [42].");
        assertThat(claims).extracting(ModelClaims.Claim::text, ModelClaims.Claim::passages, ModelClaims.Claim::paragraph).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Trump met Putin.", List.of(2, 3), 0),
                org.assertj.core.groups.Tuple.tuple("They talked about Syria.", List.of(1, 4), 0),
                org.assertj.core.groups.Tuple.tuple("Nothing else.", List.of(42), 1));
    }

    @Test
    void a_sentence_without_a_marker_takes_the_next_sentences_markers() {
        List<ModelClaims.Claim> claims = ModelClaims.of("Mr. Trump met Sen. Graham in the U.S. capital. They talked about Syria [2]. Then they left.");
        assertThat(claims).extracting(ModelClaims.Claim::text, ModelClaims.Claim::passages).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Mr. Trump met Sen. Graham in the U.S. capital.", List.of(2)),
                org.assertj.core.groups.Tuple.tuple("They talked about Syria.", List.of(2)),
                org.assertj.core.groups.Tuple.tuple("Then they left.", List.of()));
    }

    @Test
    void keeps_dashes_and_quotes_inside_a_sentence() {
        String s = "USA Today stated that another key topic is the Iran nuclear deal \u2014 that seeks to limit \"Iran's activities\" \u2014 parts of it";
        assertThat(ModelClaims.of(s + " [1]. The moon is made of cheese [7].")).extracting(ModelClaims.Claim::text)
                .containsExactly(s + ".", "The moon is made of cheese.");
    }
}
