package io.newsbot.statement;

import java.util.Objects;

/**
 * Someone's statement in an article, as an answer shows it: whole sentences, quotation marks balanced.
 *
 * @param articleId the article it is in
 * @param speaker   who said it, by the fullest name the article gives them ("Sergei Lavrov" where the sentence says
 *                  "Lavrov" or "he"), or a group or organisation as the article names it
 * @param kind      what sort of speaker that is
 * @param cue       the word that reports it ("said", "according to"), may be empty
 * @param direct    whether it is a direct quote
 * @param start     offset in the article's body of the first sentence shown
 * @param end       offset after the last sentence shown
 * @param text      the sentences shown, from the article's text
 * @param basis     how the article credits it to the speaker: by name, by a pronoun or role resolved by rules, or not at
 *                  all (carried from the quote before)
 */
public record Statement(long articleId, String speaker, SpeakerKind kind, String cue, boolean direct, int start, int end, String text,
                        AttributionBasis basis) {
    public Statement {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        cue = cue == null ? "" : cue;
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) throw new IllegalArgumentException("start and end must satisfy 0 <= start <= end");
        if (text.isBlank()) throw new IllegalArgumentException("text must not be blank");
    }

    /** A statement the article credits to its speaker by name. */
    public Statement(long articleId, String speaker, SpeakerKind kind, String cue, boolean direct, int start, int end, String text) {
        this(articleId, speaker, kind, cue, direct, start, end, text, AttributionBasis.NAMED);
    }

    /** The speaker's last name in lower case ("lavrov"), or empty: statements are looked up by it. */
    public String surname() {
        return PersonNames.surname(speaker);
    }

    /** The speaker's first name in lower case ("sergei"), or empty: statements are looked up by it too. */
    public String given() {
        return PersonNames.givenName(speaker);
    }
}
