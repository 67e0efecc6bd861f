package io.newsbot.platform;

import java.util.List;
import java.util.Objects;

/**
 * What the core answers, independent of any markup. Adapters render it (Telegram HTML, Slack mrkdwn,
 * plain text) and escape every piece of text in it.
 *
 * @param kind      what sort of reply this is
 * @param intro     a first line, may be empty
 * @param sections  the body, in order
 * @param citations the articles the body cites, numbered from 1
 * @param answerId  the feedback handle of an answer: the id {@code /good}, {@code /bad} and platform buttons rate it by;
 *                  {@code null} for replies that are not rated
 */
public record Reply(Kind kind, String intro, List<Section> sections, List<Citation> citations, Long answerId) {
    public Reply {
        Objects.requireNonNull(kind, "kind");
        intro = intro == null ? "" : intro;
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
        if (answerId != null && answerId < 1) throw new IllegalArgumentException("answerId must be positive");
    }

    /** A reply that is not rated. */
    public Reply(Kind kind, String intro, List<Section> sections, List<Citation> citations) {
        this(kind, intro, sections, citations, null);
    }

    /** The same reply carrying a feedback handle, so adapters can offer to rate it. */
    public Reply withAnswerId(long id) {
        return new Reply(kind, intro, sections, citations, id);
    }

    /**
     * Whether adapters offer to rate it (👍 / 👎 buttons): an answer or a "not covered" that carries its handle. Never a
     * refusal, an error, help or a digest.
     */
    public boolean rateable() {
        return answerId != null && (kind == Kind.ANSWER || kind == Kind.NOT_COVERED);
    }

    /** What a reply is, so adapters and scripts can treat them apart. */
    public enum Kind { ANSWER, NOT_COVERED, INFO, DIGEST, ERROR, REFUSED, ALERT }

    /** A reply of plain lines with no citations. */
    public static Reply text(Kind kind, String intro, String... lines) {
        List<Item> items = java.util.Arrays.stream(lines).map(Item::plain).toList();
        return new Reply(kind, intro, items.isEmpty() ? List.of() : List.of(new Section("", items)), List.of());
    }

    public static Reply info(String intro, String... lines) {
        return text(Kind.INFO, intro, lines);
    }

    public static Reply error(String sentence) {
        return text(Kind.ERROR, sentence);
    }

    /** The whole reply as plain text, for logs, the console and tests. */
    public String plainText() {
        return PlainTextRenderer.render(this);
    }

    /** A group of items under an optional heading, e.g. one article or one digest topic. */
    public record Section(String heading, List<Item> items) {
        public Section {
            heading = heading == null ? "" : heading;
            items = List.copyOf(Objects.requireNonNull(items, "items"));
        }
    }

    /**
     * One statement: a sentence or quote, who said it if known, and the citations it rests on.
     *
     * @param speaker   who said it, or empty
     * @param text      the sentence or quote, verbatim from the article where it comes from one
     * @param citations numbers into {@link Reply#citations()}
     */
    public record Item(String speaker, String text, List<Integer> citations) {
        public Item {
            speaker = speaker == null ? "" : speaker;
            Objects.requireNonNull(text, "text");
            citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
        }

        public static Item plain(String text) {
            return new Item("", text, List.of());
        }
    }

    /**
     * An article a reply rests on.
     *
     * @param number    the number items refer to, from 1
     * @param articleId the store's id
     * @param title     the article's title
     * @param source    its publisher or feed
     * @param date      its publication date as ISO-8601 (yyyy-MM-dd), may be empty
     * @param url       its link, may be empty for local files
     */
    public record Citation(int number, long articleId, String title, String source, String date, String url) {
        public Citation {
            if (number < 1) throw new IllegalArgumentException("number must be at least 1");
            Objects.requireNonNull(title, "title");
            source = source == null ? "" : source;
            date = date == null ? "" : date;
            url = url == null ? "" : url;
        }
    }
}
