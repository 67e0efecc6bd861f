package io.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsbot.platform.Reply;
import io.newsbot.telegram.fake.TelegramHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TelegramHtmlRendererTest {
    final TelegramHtmlRenderer renderer = new TelegramHtmlRenderer();

    static Reply.Citation citation(int n, String title, String url) {
        return new Reply.Citation(n, n, title, "Wire", "2026-11-20", url);
    }

    static TelegramHtml.Parsed parse(String html) {
        try {
            return TelegramHtml.parse(html);
        } catch (TelegramHtml.BadHtml e) {
            throw new AssertionError(e.getMessage() + " in: " + html, e);
        }
    }

    @Test
    void renders_headings_speakers_and_citations_as_links() {
        Reply reply = new Reply(Reply.Kind.ANSWER, "Here is what the articles say:",
                List.of(new Reply.Section("Trump may meet Putin", List.of(new Reply.Item("Sarah Sanders", "There was never a meeting confirmed.", List.of(1))))),
                List.of(citation(1, "Trump may meet Putin", "https://example.com/a")));

        List<String> messages = renderer.render(reply);

        assertThat(messages).singleElement().isEqualTo("""
                Here is what the articles say:

                <b>Trump may meet Putin</b>
                • <b>Sarah Sanders</b>: There was never a meeting confirmed. <a href="https://example.com/a">[1]</a>

                <b>Sources</b>
                [1] <a href="https://example.com/a">Trump may meet Putin</a> — Wire, 2026-11-20""");
        assertThat(parse(messages.get(0)).links()).containsExactly("https://example.com/a", "https://example.com/a");
    }

    @Test
    void writes_the_lines_of_a_notice_without_bullets() {
        List<String> messages = renderer.render(Reply.info("Hello!", "I know 2 articles.", "Ask me about Syria."));

        assertThat(messages).containsExactly("Hello!\n\nI know 2 articles.\nAsk me about Syria.");
    }

    @Test
    void escapes_every_piece_of_text_so_it_shows_as_written() {
        String nasty = "<b>&</b> <a href=\"javascript:alert(1)\">x</a> &amp; <tg-spoiler>";
        Reply reply = new Reply(Reply.Kind.ANSWER, nasty, List.of(new Reply.Section(nasty, List.of(new Reply.Item(nasty, nasty, List.of(1))))),
                List.of(new Reply.Citation(1, 1, nasty, nasty, "", "https://example.com/search?q=%3Cx%3E&y=1")));

        String html = renderer.render(reply).get(0);

        TelegramHtml.Parsed parsed = parse(html);
        assertThat(parsed.text()).contains(nasty);
        assertThat(parsed.links()).containsOnly("https://example.com/search?q=%3Cx%3E&y=1");
        assertThat(html).contains("href=\"https://example.com/search?q=%3Cx%3E&amp;y=1\"");
        assertThat(parsed.entities()).extracting(TelegramHtml.Entity::type).containsOnly("bold", "text_link");
    }

    @Test
    void links_only_http_and_https_urls() {
        Reply reply = new Reply(Reply.Kind.INFO, "", List.of(),
                List.of(citation(1, "Script", "javascript:alert(1)"), citation(2, "File", "file:///etc/passwd"), citation(3, "Relative", "/news/1"),
                        citation(4, "Spaces", "https://exa mple.com/"), citation(5, "Quotes", "https://example.com/\"><b>x"),
                        citation(6, "Web", "HTTP://example.com/x")));

        TelegramHtml.Parsed parsed = parse(renderer.render(reply).get(0));

        assertThat(parsed.links()).containsExactly("HTTP://example.com/x");
        assertThat(parsed.text()).contains("[1] Script", "[2] File", "[3] Relative", "[4] Spaces", "[5] Quotes");
    }

    @Test
    void cuts_long_replies_between_paragraphs_into_valid_messages_under_the_limit() {
        List<Reply.Section> sections = new ArrayList<>();
        for (int s = 1; s <= 12; s++) {
            List<Reply.Item> items = IntStream.rangeClosed(1, 5)
                    .mapToObj(i -> new Reply.Item("Speaker & Co", "A quote with <angle> brackets & ampersands that goes on for a while, as quotes do.", List.of(1)))
                    .toList();
            sections.add(new Reply.Section("Article <" + s + ">", items));
        }
        Reply reply = new Reply(Reply.Kind.DIGEST, "Today's digest", sections, List.of(citation(1, "Source & title", "https://example.com/?a=1&b=2")));

        List<String> messages = renderer.render(reply);

        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.length()).isLessThanOrEqualTo(TelegramHtmlRenderer.MAX_CHARS);
            parse(m);
        });
        assertThat(messages.subList(1, messages.size())).allSatisfy(m -> assertThat(m).startsWith("<b>"));
        String all = messages.stream().map(m -> parse(m).text()).collect(Collectors.joining("\n\n"));
        assertThat(all).isEqualTo(parse(String.join("\n\n", new TelegramHtmlRenderer(1_000_000).render(reply))).text());
    }

    @Test
    void cuts_one_huge_paragraph_between_sentences_and_a_huge_word_anywhere_but_inside_an_entity() {
        String sentences = IntStream.rangeClosed(1, 200).mapToObj(i -> "Sentence " + i + " has <markup> & more.").collect(Collectors.joining(" "));
        String word = "&".repeat(5000);
        Reply reply = new Reply(Reply.Kind.ANSWER, "", List.of(new Reply.Section("", List.of(Reply.Item.plain(sentences), Reply.Item.plain(word)))),
                List.of());

        List<String> messages = renderer.render(reply);

        assertThat(messages).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(TelegramHtmlRenderer.MAX_CHARS));
        List<String> texts = messages.stream().map(m -> parse(m).text()).toList();
        assertThat(texts.get(0)).startsWith("Sentence 1 ").endsWith("& more.");
        assertThat(String.join(" ", texts)).contains(sentences.substring(200, 900));
        assertThat(texts.stream().mapToLong(t -> t.chars().filter(c -> c == '&').count()).sum()).isEqualTo(5000 + 200);
    }

    @Test
    void never_cuts_inside_a_tag_even_for_a_heading_longer_than_a_message() {
        String heading = "Very long heading & more ".repeat(400);
        Reply reply = new Reply(Reply.Kind.INFO, "", List.of(new Reply.Section(heading, List.of(Reply.Item.plain("body")))), List.of());

        List<String> messages = renderer.render(reply);

        assertThat(messages).hasSizeGreaterThan(2).allSatisfy(m -> {
            assertThat(m.length()).isLessThanOrEqualTo(TelegramHtmlRenderer.MAX_CHARS);
            parse(m);
        });
    }

    @Test
    void the_fake_refuses_what_telegram_refuses() {
        assertThatThrownBy(() -> TelegramHtml.parse("<b>bold")).hasMessageContaining("can't parse entities");
        assertThatThrownBy(() -> TelegramHtml.parse("<b><i>x</b></i>")).hasMessageContaining("can't parse entities");
        assertThatThrownBy(() -> TelegramHtml.parse("<div>x</div>")).hasMessageContaining("Unsupported start tag");
        assertThatThrownBy(() -> TelegramHtml.parse("fish & chips")).hasMessageContaining("can't parse entities");
        assertThatThrownBy(() -> TelegramHtml.parse("&nbsp;")).hasMessageContaining("can't parse entities");
        assertThatThrownBy(() -> TelegramHtml.parse("<a>x</a>")).hasMessageContaining("href");
    }
}
