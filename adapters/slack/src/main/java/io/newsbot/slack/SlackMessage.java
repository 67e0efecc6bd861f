package io.newsbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * One Slack message, ready to post: Block Kit blocks, and the plain {@code text} Slack shows in
 * notifications and to clients that cannot show blocks.
 *
 * @param text   the fallback, escaped mrkdwn, at most {@link #MAX_TEXT} characters
 * @param blocks at most {@link #MAX_BLOCKS} blocks
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
    /** Slack's limit on blocks in one message. */
    public static final int MAX_BLOCKS = 50;
    /** Slack truncates a message's text beyond this many characters. */
    public static final int MAX_TEXT = 40_000;

    public SlackMessage {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT) throw new IllegalArgumentException("text must be at most " + MAX_TEXT + " characters");
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        if (blocks.size() > MAX_BLOCKS) throw new IllegalArgumentException("blocks must be at most " + MAX_BLOCKS);
    }
}
