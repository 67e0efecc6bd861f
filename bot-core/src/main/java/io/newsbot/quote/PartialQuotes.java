package io.newsbot.quote;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotes inside a sentence that reports them ({@code Obama said his critics "seem to think ..."}, {@code called it a
 * "fundamental mistake"}): the statement is the reported clause with the quotes, a direct quote when the quoted words
 * are most of it. A scare quote in a long clause is nobody's statement.
 */
final class PartialQuotes {
    /** Verbs that introduce a quote inside a sentence: the speech verbs and the ones that name or judge ("called it a"). */
    static final WordMatcher CUE_WORDS = new WordMatcher(Set.copyOf(java.util.Arrays.asList((Cues.VERBS + "|"
            + "called|calling|calls|describing|described|describes|telling|urging|warning|saying|adding|accusing|accused|accuses|insisting|arguing|noting|claiming|promising|vowing|pledging|labeled|labelled|dubbed|branded|deemed|praised|blasted|slammed|criticized|touted|referred to|referring to|shouting|chanting|asking|writing|tweeting").split("\\|"))));
    /** The fewest words of a quote inside a sentence with no verb of saying that still count as someone's words. */
    private static final int BARE_WORDS = 6;

    private PartialQuotes() {
    }

    /**
     * The statement around quotes inside one sentence: the reported clause with the quotes (from the verb, or from the
     * sentence's start when the attribution follows), or {@code null} when the quotes are not most of it.
     */
    static Attribution of(String body, List<DirectQuotes.Piece> quotes, int sentence, int sentenceEnd, Speakers speakers) {
        QuoteSpan first = quotes.get(0).span();
        DirectQuotes.Piece last = quotes.get(quotes.size() - 1);
        int start;
        String cue;
        SpeakerFinder.Phrase speaker;
        if (last.after() != null) {
            // Teachers "get why the union endorsed her," Weingarten said: the whole clause before the attribution.
            start = sentence;
            cue = last.after().verb();
            speaker = last.after().speaker();
        } else {
            // A long sentence is read only near its quote: the verb that introduces a quote stands close to it.
            int from = Math.max(sentence, first.open() - 2 * SpeakerFinder.WINDOW);
            String before = body.substring(from, first.open());
            int clause = -1;
            boolean aside = false;
            cue = "";
            speaker = SpeakerFinder.Phrase.NONE;
            for (WordMatcher.Match verb = CUE_WORDS.find(before, 0); verb != null; verb = CUE_WORDS.find(before, verb.end())) {
                // "..., saying Clinton would "abolish ..."": a participle's speaker is the sentence's earlier one.
                int window = Math.max(0, verb.start() - SpeakerFinder.WINDOW);
                SpeakerFinder.Phrase who = Cues.speakerBefore(before.substring(window, verb.start())).shift(from + window);
                if (who.isEmpty() && speaker.isEmpty() && !verb.phrase().endsWith("ing")) continue;
                clause = verb.end();
                cue = verb.phrase();
                if (!who.isEmpty()) speaker = who;
                aside = !who.isEmpty() && before.substring(0, who.start() - from).stripTrailing().endsWith(",")
                        && before.substring(clause).stripLeading().startsWith(",");
            }
            if (clause < 0) return bare(body, quotes);
            // "Cost estimates, he added, were "based on a prototype"": the attribution is an aside; the statement is the
            // sentence around it.
            start = aside ? sentence : from + clause;
        }
        while (start < first.open() && Character.isWhitespace(body.charAt(start))) start++;
        // The statement runs to the end of the sentence unless the quote closes its clause with a comma.
        int end = last.span().contentEnd();
        boolean clauseEnds = body.substring(last.span().contentStart(), end).stripTrailing().endsWith(",")
                || end + 1 < body.length() && body.charAt(end + 1) == ',';
        if (!clauseEnds) end = Math.max(end, sentenceEnd);
        while (end > start && ".,;\" ".indexOf(body.charAt(end - 1)) >= 0) end--;
        int quoted = 0;
        for (DirectQuotes.Piece p : quotes) quoted += p.span().contentEnd() - p.span().contentStart() + 2;
        if (quoted * 2 < end - start || body.substring(start, end).split("\\s+").length < DirectQuotes.MIN_WORDS) return null;
        return speakers.resolve(speaker).attribution(cue, body.substring(start, end), start, end, true);
    }

    /** Quoted words inside a sentence with no verb of saying before them: long enough, they are someone's words anyway. */
    private static Attribution bare(String body, List<DirectQuotes.Piece> quotes) {
        int start = quotes.get(0).span().contentStart();
        int end = quotes.get(quotes.size() - 1).span().contentEnd();
        // Quoted words apart in the writer's sentence ("Chrabaszcz, who goes by "Vito," was among the party's "basement
        // dwellers"") are not one statement: with nobody saying them, the words between are the writer's.
        int quoted = 0;
        for (DirectQuotes.Piece p : quotes) quoted += p.span().contentEnd() - p.span().contentStart();
        if (quoted * 2 < end - start) return null;
        String content = body.substring(start, end);
        if (content.strip().split("\\s+").length < BARE_WORDS || title(content)) return null;
        return new Attribution("", "", content, start, end, true);
    }

    /** Whether quoted words look like the title of a book, show or campaign rather than speech: most words capitalised. */
    static boolean title(String content) {
        int words = 0;
        int capitalised = 0;
        for (String w : content.split("[\\s\"]+")) {
            if (w.length() < 4 || !Character.isLetter(w.charAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        return words > 0 && capitalised * 10 >= words * 7 && content.split("\\s+").length <= 12;
    }

}
