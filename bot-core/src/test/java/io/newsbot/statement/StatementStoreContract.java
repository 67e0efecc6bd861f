package io.newsbot.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link StatementStore} does, whatever it runs on. */
public abstract class StatementStoreContract {
    private StatementStore store;

    /** A new, empty store. */
    protected abstract StatementStore store();

    @BeforeEach
    void openStore() {
        store = store();
    }

    private static Statement said(long article, String speaker, SpeakerKind kind, int start, String text) {
        return new Statement(article, speaker, kind, "said", true, start, start + text.length(), text);
    }

    private static StatementStore.Extraction extraction(long article, String hash) {
        return new StatementStore.Extraction(article, hash, "v1");
    }

    @Test
    void finds_statements_by_the_speakers_last_or_first_name_in_article_and_text_order() {
        store.replace(extraction(2, "h2"), List.of(said(2, "Sergei Lavrov", SpeakerKind.PERSON, 10, "\"We are ready,\" Lavrov said.")));
        store.replace(extraction(1, "h1"), List.of(
                said(1, "Sergei Lavrov", SpeakerKind.PERSON, 50, "Lavrov said talks would go on."),
                said(1, "Donald Trump", SpeakerKind.PERSON, 0, "\"They can help us with Syria,\" Trump said.")));

        assertThat(store.byName("lavrov")).extracting(Statement::articleId, Statement::start).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, 50), org.assertj.core.groups.Tuple.tuple(2L, 10));
        assertThat(store.byName("sergei")).hasSize(2);
        assertThat(store.byName("trump")).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("\"They can help us with Syria,\" Trump said.");
            assertThat(s.speaker()).isEqualTo("Donald Trump");
            assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
            assertThat(s.cue()).isEqualTo("said");
            assertThat(s.direct()).isTrue();
        });
        assertThat(store.byName("putin")).isEmpty();
    }

    @Test
    void keeps_how_each_statement_is_credited_to_its_speaker() {
        store.replace(extraction(1, "h1"), List.of(
                new Statement(1, "Sergei Lavrov", SpeakerKind.PERSON, "said", true, 0, 30, "\"We are ready,\" Lavrov said.", AttributionBasis.NAMED),
                new Statement(1, "Sergei Lavrov", SpeakerKind.PERSON, "said", true, 31, 60, "\"We will wait,\" he said.", AttributionBasis.RESOLVED),
                new Statement(1, "Sergei Lavrov", SpeakerKind.PERSON, "", true, 61, 90, "\"And we will see.\"", AttributionBasis.CARRIED)));

        assertThat(store.byName("lavrov")).extracting(Statement::basis)
                .containsExactly(AttributionBasis.NAMED, AttributionBasis.RESOLVED, AttributionBasis.CARRIED);
    }

    @Test
    void lists_the_speakers_of_a_name_most_quoted_first() {
        store.replace(extraction(1, "h1"), List.of(
                said(1, "Bill Clinton", SpeakerKind.PERSON, 0, "Bill Clinton said one thing."),
                said(1, "Hillary Clinton", SpeakerKind.PERSON, 40, "Hillary Clinton said another."),
                said(1, "Hillary Clinton", SpeakerKind.PERSON, 80, "Hillary Clinton said a third.")));

        assertThat(store.speakers("clinton")).containsExactly(new StatementStore.Speaker("Hillary Clinton", SpeakerKind.PERSON, 2),
                new StatementStore.Speaker("Bill Clinton", SpeakerKind.PERSON, 1));
    }

    @Test
    void replacing_an_articles_statements_drops_its_old_ones_and_records_the_extraction() {
        store.replace(extraction(1, "old"), List.of(said(1, "Sergei Lavrov", SpeakerKind.PERSON, 0, "Lavrov said the old thing.")));
        store.replace(new StatementStore.Extraction(1, "new", "v2"), List.of(said(1, "Sergei Lavrov", SpeakerKind.PERSON, 0, "Lavrov said the new thing.")));

        assertThat(store.byName("lavrov")).extracting(Statement::text).containsExactly("Lavrov said the new thing.");
        assertThat(store.extractions()).containsExactly(java.util.Map.entry(1L, new StatementStore.Extraction(1, "new", "v2")));
    }

    @Test
    void an_article_without_statements_still_records_that_it_was_read() {
        store.replace(extraction(7, "h7"), List.of());

        assertThat(store.extractions()).containsKey(7L);
        assertThat(store.byArticles(List.of(7L))).isEmpty();
    }

    @Test
    void removing_an_article_drops_its_statements_and_its_extraction() {
        store.replace(extraction(1, "h1"), List.of(said(1, "Sergei Lavrov", SpeakerKind.PERSON, 0, "Lavrov said it.")));
        store.replace(extraction(2, "h2"), List.of(said(2, "Sergei Lavrov", SpeakerKind.PERSON, 0, "Lavrov said more.")));

        store.remove(1);

        assertThat(store.byName("lavrov")).extracting(Statement::articleId).containsExactly(2L);
        assertThat(store.extractions()).containsOnlyKeys(2L);
    }

    @Test
    void returns_the_statements_of_several_articles() {
        store.replace(extraction(1, "h1"), List.of(said(1, "Sergei Lavrov", SpeakerKind.PERSON, 0, "Lavrov said it.")));
        store.replace(extraction(2, "h2"), List.of(said(2, "White House", SpeakerKind.ORGANISATION, 0, "The White House said so.")));
        store.replace(extraction(3, "h3"), List.of(said(3, "officials", SpeakerKind.GROUP, 0, "Officials said nothing.")));

        assertThat(store.byArticles(List.of(3L, 1L))).extracting(Statement::speaker).containsExactly("Sergei Lavrov", "officials");
        assertThat(store.byArticles(List.of())).isEmpty();
    }

    @Test
    void keeps_text_with_quotation_marks_and_accents_as_it_was() {
        String text = "\"L'État, c'est moi\u2014and that's final,\" Jos\u00e9 Mart\u00ednez said \u2026";
        store.replace(extraction(1, "h1"), List.of(said(1, "Jos\u00e9 Mart\u00ednez", SpeakerKind.PERSON, 3, text)));

        assertThat(store.byName("mart\u00ednez")).extracting(Statement::text).containsExactly(text);
    }
}
