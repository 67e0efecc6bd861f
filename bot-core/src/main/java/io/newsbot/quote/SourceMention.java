package io.newsbot.quote;

/**
 * A speaker and where the article names them for one statement (the phrase "he" or "Russian Foreign Minister Sergei
 * Lavrov" next to the verb), or {@link #NONE}.
 */
record SourceMention(Speaker speaker, int start, int end) {
    static final SourceMention NONE = new SourceMention(Speaker.NONE, -1, -1);

    static SourceMention of(Attribution a) {
        return new SourceMention(a.source(), a.sourceStart(), a.sourceEnd());
    }

    Attribution attribution(String cue, String content, int contentStart, int contentEnd, boolean direct) {
        return new Attribution(speaker, cue, content, contentStart, contentEnd, direct, start, end);
    }
}
