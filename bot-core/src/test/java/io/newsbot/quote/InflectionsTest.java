package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InflectionsTest {
    @Test
    void a_regular_verb_has_its_four_forms() {
        assertThat(Inflections.of("warn")).containsExactlyInAnyOrder("warn", "warns", "warned", "warning");
        assertThat(Inflections.of("argue")).containsExactlyInAnyOrder("argue", "argues", "argued", "arguing");
        assertThat(Inflections.of("deny")).containsExactlyInAnyOrder("deny", "denies", "denied", "denying");
        assertThat(Inflections.of("slam")).containsExactlyInAnyOrder("slam", "slams", "slammed", "slamming");
    }

    @Test
    void an_irregular_verb_has_its_own_past() {
        assertThat(Inflections.of("say")).containsExactlyInAnyOrder("say", "says", "said", "saying");
        assertThat(Inflections.of("write")).containsExactlyInAnyOrder("write", "writes", "wrote", "written", "writing");
        assertThat(Inflections.of("seek")).contains("sought");
    }

    @Test
    void a_phrasal_verb_inflects_its_verb_only() {
        assertThat(Inflections.of("point out")).containsExactlyInAnyOrder("point out", "points out", "pointed out", "pointing out");
        assertThat(Inflections.of("call for")).contains("calling for", "called for");
    }

    @Test
    void every_form_of_a_reporting_verb_is_a_cue_unless_it_is_mostly_a_noun() {
        assertThat(Cues.REPORTING.find("She bemoaned the cuts.", 0)).extracting(WordMatcher.Match::phrase).isEqualTo("bemoaned");
        assertThat(Cues.REPORTING.find("He is reiterating his view.", 0)).extracting(WordMatcher.Match::phrase).isEqualTo("reiterating");
        assertThat(Cues.REPORTING.find("The states voted.", 0)).isNull();
    }
}
