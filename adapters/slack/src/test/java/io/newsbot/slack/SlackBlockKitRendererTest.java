package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import io.newsbot.platform.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SlackBlockKitRendererTest {
    private final SlackBlockKitRenderer renderer = new SlackBlockKitRenderer();

    @Test
    void escapes_mentions_and_links_in_article_and_user_text() {
        Reply reply = new Reply(Reply.Kind.ANSWER, "You asked about <!channel> & <@U123>", List.of(new Reply.Section("<#C1|general> news",
                List.of(new Reply.Item("<!here>", "See <http://x|y> now", List.of(1))))),
                List.of(new Reply.Citation(1, 7, "A <b>bold</b> | title", "Source <x>", "2017-11-10", "https://example.com/a?b=1&c=2")));

        String shown = text(renderer.render(reply));

        assertThat(shown).contains("You asked about &lt;!channel&gt; &amp; &lt;@U123&gt;")
                .contains("*&lt;#C1|general&gt; news*")
                .contains("*&lt;!here&gt;*: See &lt;http://x|y&gt; now")
                .contains("<https://example.com/a?b=1&amp;c=2|A &lt;b&gt;bold&lt;/b&gt; | title> — Source &lt;x&gt;, 2017-11-10")
                .doesNotContain("<!channel>", "<!here>", "<@U123>", "<http://x|y>");
        assertThat(links(shown)).containsOnly("https://example.com/a?b=1&amp;c=2");
    }

    @Test
    void links_only_http_urls_and_keeps_them_inside_their_brackets() {
        Reply reply = new Reply(Reply.Kind.ANSWER, "", List.of(new Reply.Section("", List.of(new Reply.Item("", "Text", List.of(1, 2, 3))))),
                List.of(new Reply.Citation(1, 1, "Local file", "", "", "/home/me/article.txt"),
                        new Reply.Citation(2, 2, "Script", "", "", "javascript:alert(1)"),
                        new Reply.Citation(3, 3, "Odd URL", "", "", "https://example.com/a b|c>d")));

        String shown = text(renderer.render(reply));

        assertThat(shown).contains("[1] Local file").contains("[2] Script").doesNotContain("javascript:").doesNotContain("/home/me");
        assertThat(links(shown)).containsExactly("https://example.com/a%20b%7Cc%3Ed", "https://example.com/a%20b%7Cc%3Ed");
    }

    @Test
    void renders_speakers_sections_and_citation_markers() {
        Reply reply = new Reply(Reply.Kind.ANSWER, "What Lavrov said:", List.of(new Reply.Section("Trump may meet Putin",
                List.of(new Reply.Item("Sergei Lavrov", "It would be undermined.", List.of(1)), Reply.Item.plain("More.")))),
                List.of(new Reply.Citation(1, 1, "Trump may meet Putin", "Politico", "2017-11-10", "https://example.com/t")));

        List<SlackMessage> messages = renderer.render(reply);

        assertThat(messages).hasSize(1);
        assertThat(sections(messages.get(0))).containsExactly("What Lavrov said:",
                "*Trump may meet Putin*\n• *Sergei Lavrov*: It would be undermined. <https://example.com/t|[1]>\n• More.",
                "*Sources*\n[1] <https://example.com/t|Trump may meet Putin> — Politico, 2017-11-10");
        assertThat(messages.get(0).text()).startsWith("What Lavrov said:\n\n*Trump may meet Putin*");
    }

    @Test
    void splits_a_long_answer_under_slack_s_limits_without_breaking_links_or_entities() {
        List<Reply.Section> sections = new ArrayList<>();
        for (int s = 0; s < 80; s++) {
            List<Reply.Item> items = new ArrayList<>();
            for (int i = 0; i < 40; i++) items.add(new Reply.Item("Speaker " + i, "Words & more words <about> topic " + s + " item " + i, List.of(1)));
            sections.add(new Reply.Section("Topic " + s, items));
        }
        String longWord = "x".repeat(7000);
        sections.add(new Reply.Section("", List.of(Reply.Item.plain(longWord))));
        Reply reply = new Reply(Reply.Kind.DIGEST, "Digest", sections,
                List.of(new Reply.Citation(1, 1, "T", "S", "", "https://example.com/" + "p".repeat(100))));

        List<SlackMessage> messages = renderer.render(reply);

        assertThat(messages.size()).isGreaterThan(1);
        for (SlackMessage m : messages) {
            assertThat(m.blocks()).hasSizeLessThanOrEqualTo(50);
            assertThat(m.text().length()).isLessThanOrEqualTo(3002);
            assertThat(m.text()).startsWith(sections(m).get(0).substring(0, Math.min(20, sections(m).get(0).length())));
            for (String section : sections(m)) {
                assertThat(section.length()).isLessThanOrEqualTo(3000);
                assertThat(section).doesNotContainPattern("&[a-z]{0,3}$").doesNotContainPattern("^[a-z]{1,3};");
                assertThat(section.chars().filter(c -> c == '<').count()).isEqualTo(section.chars().filter(c -> c == '>').count());
            }
        }
        String all = messages.stream().map(m -> String.join("", sections(m))).collect(Collectors.joining());
        assertThat(all.replaceAll("\\s", "")).contains(longWord);
        assertThat(all).contains("Topic 0").contains("Topic 79").contains("topic 79 item 39");
    }

    @Test
    void article_markup_neither_formats_itself_nor_breaks_the_bots_own_bold() {
        Reply reply = new Reply(Reply.Kind.ANSWER, "", List.of(new Reply.Section("The *real* story of _x_",
                List.of(new Reply.Item("Jo *Bloggs*", "He said `rm -rf` was ~fine~ *really*.", List.of(1))))),
                List.of(new Reply.Citation(1, 1, "Title with *stars*", "Wire", "", "https://example.com/t")));

        String shown = text(renderer.render(reply));

        assertThat(shown).contains("*The ∗real∗ story of ˍxˍ*").contains("*Jo ∗Bloggs∗*: He said ˋrm -rfˋ was ∼fine∼ ∗really∗.")
                .contains("|Title with ∗stars∗>");
        assertThat(shown.replaceAll("\\*(The|Jo|Sources)[^*\\n]*\\*", "")).doesNotContain("*");
    }

    @Test
    void cuts_a_very_long_title_without_leaving_its_bold_or_link_open() {
        String longTitle = "A headline that goes on " + "and on ".repeat(1000);
        Reply reply = new Reply(Reply.Kind.DIGEST, "", List.of(new Reply.Section(longTitle, List.of(new Reply.Item("", "Body.", List.of(1))))),
                List.of(new Reply.Citation(1, 1, longTitle, "Wire", "", "https://example.com/t")));

        List<SlackMessage> messages = renderer.render(reply);

        for (SlackMessage m : messages) {
            for (String section : sections(m)) {
                assertThat(section.chars().filter(c -> c == '*').count() % 2).as(section).isZero();
                assertThat(section.chars().filter(c -> c == '<').count()).isEqualTo(section.chars().filter(c -> c == '>').count());
            }
        }
        assertThat(text(messages)).contains("A headline that goes on and on").contains("…*");
    }

    @Test
    void marks_section_text_verbatim_so_slack_does_not_parse_mentions_itself() {
        SlackMessage message = renderer.render(Reply.info("Tell @channel")).get(0);

        MarkdownTextObject text = (MarkdownTextObject) ((SectionBlock) message.blocks().get(0)).getText();
        assertThat(text.getVerbatim()).isTrue();
        assertThat(text.getText()).isEqualTo("Tell @channel");
    }

    private static List<String> sections(SlackMessage message) {
        List<String> out = new ArrayList<>();
        for (LayoutBlock b : message.blocks()) out.add(((SectionBlock) b).getText().getText());
        return out;
    }

    private static String text(List<SlackMessage> messages) {
        return messages.stream().flatMap(m -> sections(m).stream()).collect(Collectors.joining("\n"));
    }

    /** The URLs of the links Slack would make: every {@code <url|label>} sequence. */
    private static List<String> links(String mrkdwn) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<([^<>|]*)\\|[^<>]*>").matcher(mrkdwn);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
