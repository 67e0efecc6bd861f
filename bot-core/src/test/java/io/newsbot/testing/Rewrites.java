package io.newsbot.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Realistic rewrites of a question, the way people type it in chat: a greeting, a filler, a mention of the bot at
 * the start, in the middle or at the end, trailing punctuation, emoji or noise, all lower case, a slip of the
 * keyboard in a word that is not a name, and a few of those together. Fixed by the seed: the same question and seed
 * always give the same rewrites.
 */
public final class Rewrites {
    /** The seed the phrasing tests and benchmark use. */
    public static final long SEED = 20_261_129L;
    static final String BOT = "@newsbot_bot";
    private static final List<String> GREETINGS = List.of("hey, ", "Hi! ", "hello there, ", "Hey ", "hi ", "Good morning! ", "Hello, ", "hiya ",
            "hey there! ");
    private static final List<String> FILLERS = List.of("ok so ", "quick question: ", "can you tell me ", "I'd like to know ", "so, ",
            "Quick question - ", "um, ", "please ", "I was wondering, ", "okay, ");
    private static final List<String> POLITE = List.of(" please", ", please", " thanks!", " thank you", " Thanks :)", " thx", " pls");
    private static final List<String> PUNCTUATION = List.of("??", "???", "?!", "!!!", "...", "?..", " ?", "?!?");
    private static final List<String> NOISE = List.of(" \uD83D\uDE4F", " \uD83E\uDD14", " :)", " (1)", " \uD83D\uDE0A", " \uD83D\uDC4D", " lol",
            " :-)", " \uD83D\uDE42\uD83D\uDE42", " (2)");
    /** Words that frame questions and sentences: where a typo is fair game (names and topic words are not). */
    private static final Pattern SCAFFOLDING = Pattern.compile("\\b(?:what|which|who|where|when|how|why|did|does|was|were|have|has|had|said|say|"
            + "says|about|the|that|this|there|their|they|with|from|after|before|been|will|would|could|should|into|over|than|then|since|"
            + "week|tell|think|news|latest|anything|according)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<Character, String> NEIGHBOURS = Map.ofEntries(Map.entry('a', "sq"), Map.entry('b', "vn"), Map.entry('c', "xv"),
            Map.entry('d', "sf"), Map.entry('e', "wr"), Map.entry('f', "dg"), Map.entry('g', "fh"), Map.entry('h', "gj"), Map.entry('i', "uo"),
            Map.entry('j', "hk"), Map.entry('k', "jl"), Map.entry('l', "k"), Map.entry('m', "n"), Map.entry('n', "bm"), Map.entry('o', "ip"),
            Map.entry('p', "o"), Map.entry('q', "w"), Map.entry('r', "et"), Map.entry('s', "ad"), Map.entry('t', "ry"), Map.entry('u', "yi"),
            Map.entry('v', "cb"), Map.entry('w', "qe"), Map.entry('x', "zc"), Map.entry('y', "tu"), Map.entry('z', "x"));

    private Rewrites() {
    }

    /** One rewrite and what kind it is ("greeting", "typo", ...). */
    public record Rewrite(String kind, String text) {
    }

    public static List<Rewrite> of(String question, long seed) {
        Random r = new Random(seed * 31 + question.hashCode());
        String q = question.strip();
        List<Rewrite> out = new ArrayList<>();
        out.add(new Rewrite("greeting", pick(r, GREETINGS) + q));
        out.add(new Rewrite("filler", pick(r, FILLERS) + q));
        out.add(new Rewrite("politeness", r.nextBoolean() ? bare(q) + pick(r, POLITE) + ending(q) : q + pick(r, POLITE)));
        out.add(new Rewrite("mention-start", BOT + (r.nextBoolean() ? ", " : " ") + q));
        out.add(new Rewrite("mention-middle", middleMention(r, q)));
        out.add(new Rewrite("mention-end", q + " " + BOT));
        out.add(new Rewrite("punctuation", bare(q) + pick(r, PUNCTUATION)));
        out.add(new Rewrite("emoji-noise", q + pick(r, NOISE)));
        out.add(new Rewrite("lower-case", q.toLowerCase(Locale.ROOT)));
        String typo = typo(r, q);
        if (typo != null) out.add(new Rewrite("typo", typo));
        out.add(new Rewrite("greeting+lower+emoji", (pick(r, GREETINGS) + q).toLowerCase(Locale.ROOT) + pick(r, NOISE)));
        String typoInFiller = typo(r, pick(r, FILLERS) + q);
        out.add(new Rewrite("filler+typo+mention", (typoInFiller == null ? pick(r, FILLERS) + q : typoInFiller) + " " + BOT));
        out.add(new Rewrite("greeting+mention+punctuation", "Hey " + BOT + ", " + bare(q) + pick(r, PUNCTUATION)));
        return out;
    }

    private static String middleMention(Random r, String q) {
        String[] words = q.split(" ");
        if (words.length < 3) return "hey " + BOT + " " + q;
        int at = 1 + r.nextInt(words.length - 1);
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, at)) + " " + BOT + " "
                + String.join(" ", java.util.Arrays.copyOfRange(words, at, words.length));
    }

    /** The question with one slip in one of its scaffolding words, or {@code null} when it has none of three letters or more. */
    static String typo(Random r, String q) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = SCAFFOLDING.matcher(q);
        while (m.find()) {
            // A capital inside a sentence marks a name ("Will Smith", "The Crown"): not a scaffolding word.
            boolean capital = Character.isUpperCase(q.charAt(m.start()));
            boolean opens = m.start() == 0 || q.substring(0, m.start()).matches("(?s).*[.!?:]\\s*");
            if (m.end() - m.start() >= 3 && (!capital || opens)) spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) return null;
        int[] span = spans.get(r.nextInt(spans.size()));
        String word = q.substring(span[0], span[1]);
        return q.substring(0, span[0]) + slip(r, word) + q.substring(span[1]);
    }

    private static String slip(Random r, String w) {
        int kind = w.length() < 4 ? r.nextInt(2) : r.nextInt(4);
        int i = 1 + r.nextInt(w.length() - 1);
        return switch (kind) {
            case 0 -> {
                int s = r.nextInt(w.length() - 1);
                yield w.substring(0, s) + w.charAt(s + 1) + w.charAt(s) + w.substring(s + 2);
            }
            case 1 -> w.substring(0, i) + w.charAt(i) + w.substring(i);
            case 2 -> w.substring(0, i) + w.substring(i + 1);
            default -> {
                String near = NEIGHBOURS.getOrDefault(Character.toLowerCase(w.charAt(i)), "e");
                yield w.substring(0, i) + near.charAt(r.nextInt(near.length())) + w.substring(i + 1);
            }
        };
    }

    private static String bare(String q) {
        return q.replaceAll("[\\s?.!]+$", "");
    }

    private static String ending(String q) {
        Matcher m = Pattern.compile("[?.!]+$").matcher(q);
        return m.find() ? m.group() : "";
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
