package io.newsbot.quote;

import java.util.Objects;

/**
 * Someone's statement reported in an article: a direct quote or reported speech.
 *
 * @param speaker      who said it as the article names them (pronouns resolved where possible), or empty
 * @param cue          the word that reports it ("said", "told", "according to"), or empty
 * @param content      what was said, verbatim
 * @param contentStart offset of the content in the article's body
 * @param contentEnd   offset after the content
 * @param direct       whether the content is a direct quote (inside quotation marks)
 */
public record Attribution(String speaker, String cue, String content, int contentStart, int contentEnd, boolean direct) {
    public Attribution {
        speaker = speaker == null ? "" : speaker;
        cue = cue == null ? "" : cue;
        Objects.requireNonNull(content, "content");
        if (contentStart < 0 || contentEnd < contentStart) throw new IllegalArgumentException("contentStart and contentEnd must satisfy 0 <= start <= end");
    }
}
