package io.newsbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DependenceTest {
    @Test
    void a_sentence_opening_with_a_pronoun_a_connective_or_a_speech_tag_needs_the_one_before() {
        assertThat(Dependence.needsPrevious("She added: \"Now, they're going to be in the same place.\"")).isTrue();
        assertThat(Dependence.needsPrevious("But the evidence does not back those warnings.")).isTrue();
        assertThat(Dependence.needsPrevious("However, the talks were postponed.")).isTrue();
        assertThat(Dependence.needsPrevious("He was taken to hospital.")).isTrue();
        assertThat(Dependence.needsPrevious("This decision angered the unions.")).isTrue();
        assertThat(Dependence.needsPrevious("The minister added that the plan would be reviewed.")).isTrue();
        assertThat(Dependence.needsPrevious("In addition, two schools were closed.")).isTrue();
    }

    @Test
    void a_sentence_that_names_its_subject_stands_alone() {
        assertThat(Dependence.needsPrevious("Russia and Turkey agreed on Monday to hold new talks.")).isFalse();
        assertThat(Dependence.needsPrevious("There were 129 people on board the ship.")).isFalse();
        assertThat(Dependence.needsPrevious("The company added 200 jobs in March.")).isFalse();
        assertThat(Dependence.needsPrevious("\"We will build it on time,\" the mayor said.")).isFalse();
        assertThat(Dependence.needsPrevious("Hebron residents marched on Friday.")).isFalse();
        assertThat(Dependence.needsPrevious("Butler scored twice.")).isFalse();
    }
}
