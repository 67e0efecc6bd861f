package io.newsbot.quote;

import io.newsbot.index.Chunk.Sentence;
import io.newsbot.index.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who said what in an article: direct quotes ({@code "..." X said}, {@code X told Y: "..."}, {@code X cited
 * Y as saying}) and reported speech ({@code X said that ...}, {@code according to X, ...}), with pronoun speakers
 * resolved to the last named speaker. Rules over the text, no model: fast and predictable.
 */
public final class AttributionExtractor {
    static final String CUES = "said|says|say|told|tells|added|adds|stated|states|warned|warns|noted|notes|claimed|claims|"
            + "argued|argues|insisted|insists|announced|announces|explained|explains|wrote|writes|asked|asks|replied|replies|"
            + "declared|declares|stressed|stresses|emphasized|emphasised|acknowledged|admitted|admits|suggested|suggests|"
            + "confirmed|confirms|denied|denies|pledged|urged|urges|tweeted|tweets|continued|recalled|predicted|predicts|"
            + "maintained|maintains|conceded|concedes|contended|contends|cautioned|remarked|observed|believes|thinks|"
            + "reported|reports|promised|promises|vowed|vows";
    private static final String SPEAKER = "(" + Names.NAME + "|" + Names.DESCRIPTOR + "|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)";
    private static final String GAP = "(?:\\s*,[^,\"]{1,80},)?\\s*(?:also\\s+|later\\s+|then\\s+|again\\s+|previously\\s+|has\\s+|had\\s+|have\\s+|"
            + "once\\s+|reportedly\\s+|repeatedly\\s+|\\w+ly\\s+)?";
    private static final Pattern AFTER_INVERTED = Pattern.compile("^\\s*,?\\s*(" + CUES + ")\\s+" + SPEAKER);
    private static final Pattern AFTER_NORMAL = Pattern.compile("^\\s*,?\\s*" + SPEAKER + GAP + "(" + CUES + ")\\b");
    private static final Pattern AFTER_CITED = Pattern.compile("^\\s*,?\\s*" + Names.NAME + "\\s+(?:cited|quoted)\\s+(" + Names.NAME + ")\\s+as\\s+(saying)");
    private static final Pattern BEFORE_COLON = Pattern.compile("\\b(" + CUES + ")\\b[^.!?\"]{0,60}[:,]\\s*$");
    private static final Pattern BEFORE_ACCORDING = Pattern.compile("\\b(according to)\\s+" + SPEAKER + "\\s*[,:]?\\s*$");
    private static final Pattern REPORTED = Pattern.compile("\\b(" + CUES + ")\\b");
    private static final Pattern ACCORDING = Pattern.compile("\\b([Aa]ccording to)\\s+" + SPEAKER);
    private static final Pattern SUBJECT = Pattern.compile("^(?:(?:But|And|However|Meanwhile|Still|Yet|Also|Now|Later|Earlier|While),?\\s+)?"
            + "(?:the\\s+)?" + SPEAKER);
    private static final Pattern THAT = Pattern.compile("^[^.!?\"]{0,70}?\\bthat\\s+");
    private static final int MIN_QUOTE_WORDS = 4;

    private final SentenceSplitter splitter;

    public AttributionExtractor(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    public List<Attribution> extract(String body) {
        List<Sentence> sentences = splitter.split(body);
        List<Attribution> out = new ArrayList<>();
        String[] lastNamed = {""};
        int paragraphStart = 0;
        while (paragraphStart < body.length()) {
            int paragraphEnd = body.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) paragraphEnd = body.length();
            extractParagraph(body, paragraphStart, paragraphEnd, sentences, out, lastNamed);
            paragraphStart = paragraphEnd + 2;
        }
        return out;
    }

    private void extractParagraph(String body, int from, int to, List<Sentence> sentences, List<Attribution> out, String[] lastNamed) {
        List<int[]> quotes = quotes(body, from, to);
        // Reported speech first, sentence by sentence, so quotes inside such a sentence can take its speaker.
        List<Attribution> reported = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.start() < from || s.end() > to) continue;
            Attribution a = reported(body, s, quotes, lastNamed);
            if (a != null) reported.add(a);
        }
        String previousSpeaker = "";
        int previousEnd = from;
        List<Attribution> direct = new ArrayList<>();
        for (int[] q : quotes) {
            int open = q[0];
            int close = q[1];
            String content = body.substring(open + 1, close).strip();
            if (content.split("\\s+").length < MIN_QUOTE_WORDS) {
                previousEnd = close + 1;
                continue;
            }
            String[] speakerCue = afterQuote(body.substring(close + 1, Math.min(to, close + 120)));
            if (speakerCue == null) speakerCue = beforeQuote(body, Math.max(previousEnd, sentenceStart(sentences, open)), open);
            if (speakerCue == null) speakerCue = enclosing(reported, open);
            if (speakerCue == null && !previousSpeaker.isEmpty() && body.substring(previousEnd, open).strip().length() < 120) {
                speakerCue = new String[] {previousSpeaker, ""};
            }
            String speaker = speakerCue == null ? "" : resolve(speakerCue[0], lastNamed);
            int start = open + 1 + body.substring(open + 1, close).indexOf(content);
            direct.add(new Attribution(speaker, speakerCue == null ? "" : speakerCue[1], content, start, start + content.length(), true));
            if (!speaker.isEmpty()) previousSpeaker = speaker;
            previousEnd = close + 1;
        }
        out.addAll(merge(reported, direct));
    }

    /** Quotation-mark pairs in the paragraph: offsets of the opening and closing mark. */
    private static List<int[]> quotes(String body, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            if (body.charAt(i) != '"') continue;
            if (open < 0) open = i;
            else {
                out.add(new int[] {open, i});
                open = -1;
            }
        }
        return out;
    }

    private static String[] afterQuote(String after) {
        Matcher m = AFTER_CITED.matcher(after);
        if (m.find()) return new String[] {m.group(1), m.group(2)};
        m = AFTER_INVERTED.matcher(after);
        if (m.find()) return new String[] {m.group(2), m.group(1)};
        m = AFTER_NORMAL.matcher(after);
        if (m.find()) return new String[] {m.group(1), m.group(2)};
        return null;
    }

    private String[] beforeQuote(String body, int from, int open) {
        String before = body.substring(from, open);
        Matcher m = BEFORE_ACCORDING.matcher(before);
        if (m.find()) return new String[] {m.group(2), m.group(1)};
        m = BEFORE_COLON.matcher(before);
        if (m.find()) {
            String speaker = speakerBefore(before.substring(0, m.start(1)));
            if (!speaker.isEmpty()) return new String[] {speaker, m.group(1)};
        }
        return null;
    }

    private static String[] enclosing(List<Attribution> reported, int offset) {
        for (Attribution a : reported) {
            if (offset >= a.contentStart() && offset <= a.contentEnd()) return new String[] {a.speaker(), a.cue()};
        }
        return null;
    }

    private Attribution reported(String body, Sentence s, List<int[]> quotes, String[] lastNamed) {
        String text = s.text();
        Matcher acc = ACCORDING.matcher(text);
        if (acc.find() && !insideQuote(s.start() + acc.start(), quotes)) {
            String speaker = resolve(acc.group(2), lastNamed);
            int contentFrom = acc.end();
            String rest = text.substring(contentFrom).replaceFirst("^\\s*,\\s*", "");
            if (rest.split("\\s+").length < 4 && acc.start() > 10) {
                return attribution(speaker, "according to", s, 0, acc.start(), false);
            }
            return attribution(speaker, "according to", s, text.length() - rest.length(), text.length(), false);
        }
        Matcher cue = REPORTED.matcher(text);
        Attribution outer = null;
        while (cue.find()) {
            if (insideQuote(s.start() + cue.start(), quotes)) continue;
            String after = text.substring(cue.end());
            if (after.matches("^[^\"]{0,60}:\\s*\".*") || after.matches("^\\s*,?\\s*\".*")) return null; // a direct quote follows
            String speaker = speakerBefore(text.substring(0, cue.start()));
            if (speaker.isEmpty()) continue;
            speaker = resolve(speaker, lastNamed);
            Matcher that = THAT.matcher(after);
            if (that.find()) {
                Attribution found = attribution(speaker, cue.group(1), s, cue.end() + that.end(), text.length(), false);
                // "Radio Liberty reported that Sergei Lavrov said that ...": the inner speaker is the one quoted.
                if (found != null && outer == null && nestedCueAhead(text, cue.end() + that.end())) {
                    outer = found;
                    continue;
                }
                return found;
            }
            String tail = after.strip();
            int comma = text.lastIndexOf(',', cue.start());
            if (tail.split("\\s+").length <= 6 && comma > 20) return attribution(speaker, cue.group(1), s, 0, comma, false);
            if (after.split("\\s+").length > 6 && !after.startsWith(" as ")) {
                return attribution(speaker, cue.group(1), s, cue.end(), text.length(), false);
            }
        }
        return outer;
    }

    private static boolean nestedCueAhead(String text, int from) {
        String[] words = text.substring(from).split("\\s+", 9);
        String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(8, words.length)));
        return REPORTED.matcher(head).find();
    }

    private static Attribution attribution(String speaker, String cue, Sentence s, int from, int to, boolean direct) {
        String raw = s.text().substring(from, to);
        String content = raw.strip().replaceAll("[.,;]$", "");
        if (content.length() < 8) return null;
        int start = s.start() + from + raw.indexOf(content);
        return new Attribution(speaker, cue, content, start, start + content.length(), direct);
    }

    /** The speaker that stands right before a cue ("Sergei Lavrov said"), else the sentence's subject. */
    private static String speakerBefore(String before) {
        String trimmed = before.replaceAll("\\s*(,[^,\"]{1,80},)?\\s*(also|later|then|again|previously|has|had|have|once|reportedly|\\w+ly)?\\s*$", "");
        Matcher pronoun = Pattern.compile("(?:^|\\s)([Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)$").matcher(trimmed);
        if (pronoun.find()) return pronoun.group(1);
        Matcher descriptor = Pattern.compile(Names.DESCRIPTOR + "$", Pattern.CASE_INSENSITIVE).matcher(trimmed);
        if (descriptor.find()) return descriptor.group().strip();
        String name = Names.trailingName(trimmed);
        if (!name.isEmpty()) return name;
        Matcher subject = SUBJECT.matcher(before.strip());
        if (subject.find()) {
            String s = subject.group(1);
            return Names.isPronoun(s) || s.contains(" ") && s.toLowerCase().startsWith("the") ? s : Names.clean(s);
        }
        return "";
    }

    private static String resolve(String speaker, String[] lastNamed) {
        String s = speaker.strip();
        if (Names.isPronoun(s)) return lastNamed[0].isEmpty() ? s : lastNamed[0];
        if (!s.isEmpty() && Character.isUpperCase(s.charAt(0))) {
            s = Names.clean(s);
            lastNamed[0] = s;
        }
        return s;
    }

    private static boolean insideQuote(int offset, List<int[]> quotes) {
        for (int[] q : quotes) if (offset > q[0] && offset < q[1]) return true;
        return false;
    }

    private static int sentenceStart(List<Sentence> sentences, int offset) {
        int start = 0;
        for (Sentence s : sentences) {
            if (s.start() <= offset) start = s.start();
            else break;
        }
        return start;
    }

    /** Direct quotes win over reported speech that covers the same text. */
    private static List<Attribution> merge(List<Attribution> reported, List<Attribution> direct) {
        List<Attribution> out = new ArrayList<>(direct);
        for (Attribution r : reported) {
            boolean covered = direct.stream().anyMatch(d -> d.contentStart() >= r.contentStart() - 2 && d.contentEnd() <= r.contentEnd() + 2
                    && (d.contentEnd() - d.contentStart()) * 10 >= (r.contentEnd() - r.contentStart()) * 8);
            if (!covered) out.add(r);
        }
        out.sort(java.util.Comparator.comparingInt(Attribution::contentStart));
        return out;
    }
}
