package io.newsbot.statement;

import io.newsbot.quote.Attribution;
import io.newsbot.quote.AttributionExtractor;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article's attributions with io.newsbot.quote's extractor into what statements are made of. The one place the
 * statement store depends on that extractor's types, so a richer attribution (a structured speaker) changes only this.
 */
public final class AttributionReader {
    private final AttributionExtractor extractor;

    public AttributionReader(AttributionExtractor extractor) {
        this.extractor = extractor;
    }

    /** The extractor's version: statements read by an older one are read again. */
    public String version() {
        return AttributionExtractor.VERSION;
    }

    /**
     * One attribution.
     *
     * @param speaker      who said it, as the extractor names them (may be empty, a pronoun or a description)
     * @param contentStart offset of what was said in the body
     * @param contentEnd   offset after it
     * @param sourceStart  offset of the words that name the speaker for this statement ("he", "Lavrov"), or -1 when the
     *                     statement has none of its own (a quote carried on from the speaker before it)
     * @param sourceEnd    offset after those words, or -1
     */
    public record Found(String speaker, String cue, int contentStart, int contentEnd, boolean direct, int sourceStart, int sourceEnd) {
    }

    public List<Found> in(String body) {
        List<Found> out = new ArrayList<>();
        for (Attribution a : extractor.extract(body)) {
            out.add(new Found(a.speaker(), a.cue(), a.contentStart(), a.contentEnd(), a.direct(), a.sourceStart(), a.sourceEnd()));
        }
        return out;
    }
}
