package io.newsbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.webhook.WebhookResponse;
import io.newsbot.feedback.ButtonVotes;
import io.newsbot.feedback.VoteButton;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Sender;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presses on an answer's 👍 / 👎 buttons ({@code block_actions}, over Socket Mode or signed HTTP alike): the vote is
 * recorded through the core's {@link ButtonVotes} and the press acknowledged at once (Slack wants that within 3 s); the
 * presser then gets a note only they see, through the action's {@code response_url}: a thank-you, or after a 👎 the
 * buttons that say what was wrong, which a pick replaces with its own thank-you.
 */
final class VoteActions {
    private static final Logger log = LoggerFactory.getLogger(VoteActions.class);
    private final ButtonVotes votes;
    private final Executor responding;

    /** @param responding where the notes are sent, after the acknowledgement */
    VoteActions(ButtonVotes votes, Executor responding) {
        this.votes = votes;
        this.responding = responding;
    }

    Response onPress(BlockActionRequest request, ActionContext context) {
        BlockActionPayload p = request.getPayload();
        Optional<VoteButton> button = p.getActions() == null || p.getActions().isEmpty() ? Optional.empty()
                : VoteButton.parse(p.getActions().get(0).getValue());
        if (button.isEmpty() || p.getChannel() == null || p.getUser() == null) {
            log.warn("A Slack button press newsbot does not know: {}", p.getActions());
            return context.ack();
        }
        String channel = p.getChannel().getId();
        ChatRef chat = new ChatRef(SlackAdapter.PLATFORM, channel, SlackAdapter.isDirectMessage(channel) ? ChatType.PRIVATE : ChatType.GROUP);
        ButtonVotes.Outcome outcome = votes.press(button.get(), chat, new Sender(SlackAdapter.PLATFORM, p.getUser().getId(), p.getUser().getName()));
        ActionResponse note = ActionResponse.builder().responseType("ephemeral")
                // A pick among the reasons replaces the note that offered them; the answer itself is never replaced.
                .replaceOriginal(button.get().choice() == VoteButton.Choice.REASON)
                .text(outcome.notice())
                .blocks(outcome.askReason() ? List.of(section(outcome.notice()), VoteBlocks.reasons(button.get().answerId())) : null)
                .build();
        responding.execute(() -> respond(context, note));
        return context.ack();
    }

    private static LayoutBlock section(String text) {
        return SectionBlock.builder().text(PlainTextObject.builder().text(text).emoji(true).build()).build();
    }

    private static void respond(ActionContext context, ActionResponse note) {
        try {
            WebhookResponse r = context.respond(note);
            if (r.getCode() == null || r.getCode() >= 300) log.info("Slack did not take the note on a vote (HTTP {}: {})", r.getCode(), r.getBody());
        } catch (IOException e) {
            log.warn("Could not send the note on a vote through Slack's response_url: {}", e.getMessage());
        }
    }
}
