package io.newsbot.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import io.newsbot.platform.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders the core's {@link Reply} as Slack messages: mrkdwn section blocks, every piece of article and user
 * text escaped, citations as links to their http(s) URLs. Long replies are split under Slack's limits:
 * {@value #MAX_SECTION_TEXT} characters per section, {@value SlackMessage#MAX_BLOCKS} blocks per message, and
 * a message's text under {@value SlackMessage#MAX_TEXT} characters.
 */
public final class SlackBlockKitRenderer {
    /** Slack's limit on the text of one section block. */
    public static final int MAX_SECTION_TEXT = 3000;
    /** The longest heading, speaker or title inside the bot's own markup: far below a section, so none is ever cut in two. */
    static final int MAX_LABEL = 300;
    private static final int MAX_MESSAGE_CHARS = SlackMessage.MAX_TEXT - 1000;
    private static final int MAX_FALLBACK_TEXT = 3000;

    /** The messages to post, in order; empty when the reply has nothing to show. */
    public List<SlackMessage> render(Reply reply) {
        List<String> sections = new ArrayList<>();
        for (String paragraph : paragraphs(reply)) sections.addAll(split(paragraph, MAX_SECTION_TEXT));
        List<SlackMessage> messages = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int chars = 0;
        for (String s : sections) {
            if (!current.isEmpty() && (current.size() == SlackMessage.MAX_BLOCKS || chars + s.length() + 2 > MAX_MESSAGE_CHARS)) {
                messages.add(message(current));
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(s);
            chars += s.length() + 2;
        }
        if (!current.isEmpty()) messages.add(message(current));
        return reply.rateable() ? withVotes(messages, reply.answerId()) : messages;
    }

    /** The answer's last message ends with its 👍 / 👎, or, when that one is full, a message of its own carries them. */
    private static List<SlackMessage> withVotes(List<SlackMessage> messages, long answerId) {
        List<SlackMessage> out = new ArrayList<>(messages);
        SlackMessage last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && last.blocks().size() < SlackMessage.MAX_BLOCKS) {
            List<LayoutBlock> blocks = new ArrayList<>(last.blocks());
            blocks.add(VoteBlocks.votes(answerId));
            out.set(out.size() - 1, new SlackMessage(last.text(), blocks));
        } else {
            out.add(new SlackMessage("Rate this answer", List.of(VoteBlocks.votes(answerId))));
        }
        return out;
    }

    private static SlackMessage message(List<String> sections) {
        List<LayoutBlock> blocks = sections.stream()
                // verbatim: Slack must not turn "@channel" or bare URLs in article text into pings or links.
                .map(s -> (LayoutBlock) SectionBlock.builder().text(MarkdownTextObject.builder().text(s).verbatim(true).build()).build())
                .toList();
        // The text is what notifications and previews show: the start of the message is enough, and halves the payload.
        List<String> text = split(String.join("\n\n", sections), MAX_FALLBACK_TEXT);
        return new SlackMessage(text.get(0) + (text.size() > 1 ? " …" : ""), blocks);
    }

    private static List<String> paragraphs(Reply reply) {
        List<String> out = new ArrayList<>();
        if (!reply.intro().isBlank()) out.add(SlackMarkup.escape(reply.intro()));
        for (Reply.Section section : reply.sections()) {
            List<String> lines = new ArrayList<>();
            if (!section.heading().isBlank()) lines.add("*" + label(section.heading()) + "*");
            boolean bullets = !section.heading().isBlank() || section.items().size() > 1;
            for (Reply.Item item : section.items()) lines.add((bullets ? "• " : "") + item(item, reply));
            if (!lines.isEmpty()) out.add(String.join("\n", lines));
        }
        if (!reply.citations().isEmpty()) {
            out.add("*Sources*\n" + reply.citations().stream().map(SlackBlockKitRenderer::source).collect(Collectors.joining("\n")));
        }
        return out;
    }

    private static String item(Reply.Item item, Reply reply) {
        StringBuilder line = new StringBuilder();
        if (!item.speaker().isBlank()) line.append('*').append(label(item.speaker())).append("*: ");
        line.append(SlackMarkup.escape(item.text()));
        for (int n : item.citations()) {
            String marker = "[" + n + "]";
            line.append(' ').append(reply.citations().stream().filter(c -> c.number() == n).findFirst()
                    .map(c -> SlackMarkup.link(c.url(), marker)).orElse(marker));
        }
        return line.toString();
    }

    private static String source(Reply.Citation c) {
        StringBuilder line = new StringBuilder("[").append(c.number()).append("] ")
                .append(SlackMarkup.link(c.url(), SlackMarkup.shorten(c.title(), MAX_LABEL)));
        String meta = String.join(", ", java.util.stream.Stream.of(c.source(), c.date()).filter(s -> !s.isBlank()).toList());
        if (!meta.isEmpty()) line.append(" — ").append(SlackMarkup.escape(meta));
        return line.toString();
    }

    private static String label(String text) {
        return SlackMarkup.escape(SlackMarkup.shorten(text.strip(), MAX_LABEL));
    }

    /** Splits escaped mrkdwn into pieces of at most {@code limit} characters, between lines or words, never inside a link or entity. */
    static List<String> split(String text, int limit) {
        List<String> out = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = cutPoint(rest, limit);
            String head = rest.substring(0, cut).stripTrailing();
            if (!head.isEmpty()) out.add(head);
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isBlank()) out.add(rest);
        return out;
    }

    private static int cutPoint(String s, int limit) {
        int cut = s.lastIndexOf('\n', limit);
        if (cut < limit / 2) cut = Math.max(cut, s.lastIndexOf(' ', limit));
        if (cut <= 0) cut = limit;
        // After escaping, '<' only opens one of our links and '&' only starts an entity: do not cut through either.
        int open = s.lastIndexOf('<', cut - 1);
        if (open > 0 && s.indexOf('>', open) >= cut) cut = open;
        int amp = s.lastIndexOf('&', cut - 1);
        if (amp > 0 && s.indexOf(';', amp) >= cut) cut = amp;
        // Every '*' left is one of our bold pairs (the text's own were replaced): an odd count before the cut would open one.
        if (s.substring(0, cut).chars().filter(ch -> ch == '*').count() % 2 == 1) {
            int star = s.lastIndexOf('*', cut - 1);
            if (star > 0) cut = star;
        }
        return cut;
    }
}
