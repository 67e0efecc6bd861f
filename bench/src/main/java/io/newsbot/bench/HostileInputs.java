package io.newsbot.bench;

import io.newsbot.article.ArticleDraft;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated articles that each stress one stage of ingestion or answering, all about {@code size} characters (the
 * article limit), next to a normal article of the same size made of real news text.
 */
final class HostileInputs {
    /** One generated article: what it stresses, and the draft as a parser would hand it over (HTML for the nesting case). */
    record Input(String name, ArticleDraft draft, boolean html, String question) {
    }

    private HostileInputs() {
    }

    static List<Input> all(List<String> realTexts, int size) {
        List<Input> out = new ArrayList<>();
        String prose = prose(realTexts, size);
        out.add(text("normal article (real news text, paragraphs)", prose, "What did the campaign say?"));
        out.add(text("one huge paragraph", prose.replace("\n\n", " "), "What did the campaign say?"));
        out.add(text("100k tiny paragraphs", "Yes.\n".repeat(100_000), "What did they say yes to?"));
        out.add(html("100,000 nested divs", prose.substring(0, size / 2), "What did the campaign say?"));
        out.add(text("10k quotation marks", quotes(size), "What did the mayor say?"));
        out.add(text("one 100k-word sentence", "word ".repeat(100_000), "What about the word?"));
        out.add(text("1 MB of one word", "a".repeat(1 << 20), "What about a?"));
        out.add(text("mixed scripts", repeat("The talks went on. Переговоры продолжались. استمرت المحادثات. 会谈仍在继续。 वार्ता जारी रही। ", size),
                "What about the talks?"));
        out.add(text("every Unicode category", everyCategory(size), "What about the text?"));
        return out;
    }

    private static Input text(String name, String body, String question) {
        return new Input(name, new ArticleDraft("bench:hostile/" + name, "", "Hostile input: " + name, "bench", null, body), false, question);
    }

    private static Input html(String name, String prose, String question) {
        StringBuilder page = new StringBuilder("<html><head><title>Hostile input: ").append(name).append("</title></head><body><article>");
        for (String p : prose.split("\n\n")) page.append("<p>").append(p).append("</p>");
        page.append("<div>".repeat(100_000)).append("Buried at the bottom.").append("</div>".repeat(100_000)).append("</article></body></html>");
        return new Input(name, new ArticleDraft("bench:hostile/" + name, "", "", "", null, page.toString()), true, question);
    }

    /** Real articles, paragraph by paragraph, until the size is reached. */
    private static String prose(List<String> texts, int size) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < size; i++) {
            for (String p : texts.get(i % texts.size()).split("\\n\\s*\\n|\\n")) {
                if (p.isBlank()) continue;
                if (sb.length() + p.length() + 2 > size) return sb.toString();
                sb.append(p.strip()).append("\n\n");
            }
        }
        return sb.toString();
    }

    private static String quotes(int size) {
        StringBuilder sb = new StringBuilder();
        int marks = 0;
        for (int i = 0; marks < 10_000; i++) {
            // Balanced quotes, unbalanced ones and quotes inside quotes, each with a speaker or none.
            String s = switch (i % 4) {
                case 0 -> "\"We will win,\" the mayor said. ";
                case 1 -> "She called it \"a \"deal\" of sorts\" and left. ";
                case 2 -> "\"Nobody answered. ";
                default -> "The council said \"no\", \"never\" and \"not now\". ";
            };
            marks += s.chars().filter(c -> c == '"').count();
            sb.append(s);
            if (i % 10 == 9) sb.append("\n\n");
        }
        while (sb.length() < size) sb.append("The meeting went on without further remarks. ");
        return sb.substring(0, Math.min(sb.length(), size));
    }

    /** Code points of every general category, cycled, in words of eight separated by spaces. */
    private static String everyCategory(int size) {
        List<Integer> samples = new ArrayList<>();
        boolean[] seen = new boolean[32];
        for (int cp = 0; cp <= Character.MAX_CODE_POINT && samples.size() < 4000; cp++) {
            int type = Character.getType(cp);
            if (!seen[type] || (cp % 97 == 0 && Character.isDefined(cp))) {
                seen[type] = true;
                samples.add(cp);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < size; i++) {
            sb.appendCodePoint(samples.get(i % samples.size()));
            if (i % 8 == 7) sb.append(' ');
        }
        return sb.toString();
    }

    private static String repeat(String unit, int size) {
        return unit.repeat(Math.max(1, size / unit.length()));
    }
}
