package io.newsbot.quote;

import java.util.Objects;

/**
 * Someone's statement reported in an article: a direct quote or reported speech.
 *
 * @param source       who said it ({@link Speaker}): name, role and kind, with pronouns and bare last names resolved
 *                     to the person the article named earlier where it can be told
 * @param cue          the word that reports it ("said", "told", "according to"), or empty
 * @param content      what was said, verbatim
 * @param contentStart offset of the content in the article's body
 * @param contentEnd   offset after the content
 * @param direct       whether the content is a direct quote (inside quotation marks)
 * @param sourceStart  offset of the words that name the speaker for this statement ("he", "a spokeswoman for X"), or -1
 * @param sourceEnd    offset after those words, or -1
 */
public record Attribution(Speaker source, String cue, String content, int contentStart, int contentEnd, boolean direct,
                          int sourceStart, int sourceEnd) {
    public Attribution {
        source = source == null ? Speaker.NONE : source;
        cue = cue == null ? "" : cue;
        Objects.requireNonNull(content, "content");
        if (contentStart < 0 || contentEnd < contentStart) throw new IllegalArgumentException("contentStart and contentEnd must satisfy 0 <= start <= end");
        if (sourceStart < -1 || sourceEnd < sourceStart || sourceStart == -1 && sourceEnd != -1) {
            throw new IllegalArgumentException("sourceStart and sourceEnd must both be -1 or satisfy 0 <= start <= end");
        }
    }

    /** An attribution whose speaker's words are not located in the text. */
    public Attribution(Speaker source, String cue, String content, int contentStart, int contentEnd, boolean direct) {
        this(source, cue, content, contentStart, contentEnd, direct, -1, -1);
    }

    /** An attribution whose speaker is known only as a label ("Sergei Lavrov"): its kind is guessed from the words. */
    public Attribution(String speaker, String cue, String content, int contentStart, int contentEnd, boolean direct) {
        this(SpeakerPhrase.parse(speaker == null ? "" : speaker), cue, content, contentStart, contentEnd, direct);
    }

    /** Who said it, as a reader would label it: the speaker's name, else its role; empty when unknown. */
    public String speaker() {
        return source.display();
    }
}
