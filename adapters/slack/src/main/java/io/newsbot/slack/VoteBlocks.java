package io.newsbot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import io.newsbot.feedback.ButtonVotes;
import io.newsbot.feedback.VoteButton;
import java.util.List;

/**
 * The Block Kit buttons that rate an answer: an {@code actions} block of 👍 / 👎 at the end of the answer, and one of the
 * reasons after a 👎. Every button's {@code action_id} starts with {@value #ACTION_PREFIX} (Bolt routes the presses by
 * it) and its {@code value} is the {@link VoteButton} it stands for.
 */
final class VoteBlocks {
    static final String ACTION_PREFIX = "newsbot_vote_";

    private VoteBlocks() {
    }

    static LayoutBlock votes(long answerId) {
        return actions("newsbot_votes_" + answerId, ButtonVotes.votes(answerId));
    }

    static LayoutBlock reasons(long answerId) {
        return actions("newsbot_reasons_" + answerId, ButtonVotes.reasons(answerId));
    }

    private static LayoutBlock actions(String blockId, List<VoteButton> buttons) {
        List<BlockElement> elements = buttons.stream().map(b -> (BlockElement) ButtonElement.builder()
                // Unique within the block, as Slack requires; the value says what was pressed.
                .actionId(ACTION_PREFIX + b.encode().replace(':', '_'))
                .text(PlainTextObject.builder().text(b.label()).emoji(true).build())
                .value(b.encode()).build()).toList();
        return ActionsBlock.builder().blockId(blockId).elements(elements).build();
    }
}
