package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.statement.SpeakerKind;
import io.newsbot.statement.Statement;
import io.newsbot.statement.StatementStore;
import io.newsbot.statement.jdbc.JdbcStatementStore;
import io.newsbot.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QuotedSpeakersTest {
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Test
    void a_name_is_quoted_when_a_person_the_articles_quote_goes_by_it() {
        StatementStore store = new JdbcStatementStore(db.get());
        store.replace(new StatementStore.Extraction(1, "h", "v"), List.of(
                new Statement(1, "Sergei Lavrov", SpeakerKind.PERSON, "said", true, 0, 20, "\"Yes,\" Lavrov said."),
                new Statement(1, "White House", SpeakerKind.ORGANISATION, "said", false, 30, 60, "The White House said no.")));
        KnownSpeakers speakers = new QuotedSpeakers(store);

        assertThat(speakers.isQuoted("Lavrov")).isTrue();
        assertThat(speakers.isQuoted("Sergei Lavrov")).isTrue();
        assertThat(speakers.isQuoted("sanctions")).isFalse();
        assertThat(speakers.isQuoted("White")).isFalse();
        assertThat(speakers.isQuoted("")).isFalse();
    }
}
