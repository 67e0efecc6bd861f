package io.newsbot.quote;

import io.newsbot.index.Chunk.Sentence;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds reported speech in a sentence: {@code X said (that) ...}, {@code ..., X said}, {@code according to X, ...}. */
final class ReportedSpeech {
    /** "according to" and its source, up to the next comma or the end of the sentence. */
    private static final Pattern ACCORDING = Pattern.compile("\\b([Aa]ccording to)\\s+([^,;:\"]{2,120}?)\\s*(?:[,;:]|[.!?]?\\s*$)");
    private static final Pattern THAT = Pattern.compile("^[^.!?\"]{0,70}?\\bthat\\s+");
    private static final Pattern QUOTE_FOLLOWS = Pattern.compile("^(?:[^\"]{0,60}:\\s*|\\s*,?\\s*)\".*", Pattern.DOTALL);

    private ReportedSpeech() {
    }

    /** The reported statement in a sentence, or {@code null}; cues inside quotation marks do not count. */
    static Attribution in(Sentence s, List<QuoteSpan> quotes, Speakers speakers) {
        String text = s.text();
        Matcher acc = ACCORDING.matcher(text);
        if (acc.find() && !inside(s.start() + acc.start(), quotes)) return according(s, acc, speakers);
        Attribution outer = null;
        for (WordMatcher.Match cue = Cues.VERB_WORDS.find(text, 0); cue != null; cue = Cues.VERB_WORDS.find(text, cue.end())) {
            if (inside(s.start() + cue.start(), quotes)) continue;
            String after = text.substring(cue.end());
            if (QUOTE_FOLLOWS.matcher(after).matches()) return null; // a direct quote follows: DirectQuotes has it
            int window = Math.max(0, cue.start() - SpeakerFinder.WINDOW);
            SpeakerFinder.Phrase phrase = Cues.speakerBefore(text.substring(window, cue.start())).shift(s.start() + window);
            if (phrase.isEmpty()) continue;
            SourceMention speaker = speakers.resolve(phrase);
            Matcher that = THAT.matcher(after);
            if (that.find()) {
                Attribution found = attribution(speaker, cue.phrase(), s, cue.end() + that.end(), text.length());
                // "Radio Liberty reported that Sergei Lavrov said that ...": the inner speaker is the one quoted.
                if (found != null && outer == null && nestedCueAhead(text, cue.end() + that.end())) {
                    outer = found;
                    continue;
                }
                return found;
            }
            String tail = after.strip();
            int comma = text.lastIndexOf(',', cue.start());
            if (tail.split("\\s+").length <= 6 && comma > 20) return attribution(speaker, cue.phrase(), s, 0, comma);
            if (after.split("\\s+").length > 6 && !after.startsWith(" as ")) {
                return attribution(speaker, cue.phrase(), s, cue.end(), text.length());
            }
        }
        return outer;
    }

    /**
     * {@code According to X, ...}: the rest of the sentence. {@code ..., according to X.}: what comes before.
     * {@code ..., according to X, ...} in the middle: the whole sentence.
     */
    private static Attribution according(Sentence s, Matcher acc, Speakers speakers) {
        String text = s.text();
        SourceMention speaker = speakers.resolve(new SpeakerFinder.Phrase(acc.group(2), s.start() + acc.start(2), s.start() + acc.end(2)));
        String before = text.substring(0, acc.start()).strip();
        String after = text.substring(acc.end()).strip();
        int beforeWords = before.isEmpty() ? 0 : before.split("\\s+").length;
        int afterWords = after.isEmpty() ? 0 : after.split("\\s+").length;
        if (beforeWords <= 3) return attribution(speaker, "according to", s, acc.end(), text.length());
        if (afterWords < 4) return attribution(speaker, "according to", s, 0, acc.start());
        return attribution(speaker, "according to", s, 0, text.length());
    }

    private static boolean nestedCueAhead(String text, int from) {
        String[] words = text.substring(from).split("\\s+", 9);
        return Cues.VERB_WORDS.find(String.join(" ", Arrays.copyOf(words, Math.min(8, words.length))), 0) != null;
    }

    private static Attribution attribution(SourceMention speaker, String cue, Sentence s, int from, int to) {
        String raw = s.text().substring(from, to);
        String content = raw.strip().replaceAll("[.,;]$", "");
        if (content.length() < 8) return null;
        int start = s.start() + from + raw.indexOf(content);
        return speaker.attribution(cue, content, start, start + content.length(), false);
    }

    /** Whether {@code offset} lies inside one of the quotes (in text order, none overlapping). */
    static boolean inside(int offset, List<QuoteSpan> quotes) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).open() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 && offset < quotes.get(lo - 1).close();
    }
}
