package io.newsbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import io.newsbot.progress.ProgressIndicator;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a slow answer's progress in Slack as an :hourglass_flowing_sand: reaction on the question ({@code reactions.add}),
 * taken away once the answer is queued ({@code reactions.remove}). Without the {@code reactions:write} scope it shows
 * nothing: said once in the log, then not tried again until the bot restarts (with the scope added).
 */
final class HourglassReactions {
    private static final Logger log = LoggerFactory.getLogger(HourglassReactions.class);
    static final String NAME = "hourglass_flowing_sand";
    private final MethodsClient api;
    private final AtomicBoolean scopeMissing = new AtomicBoolean();

    HourglassReactions(MethodsClient api) {
        this.api = api;
    }

    /** The indicator for one question: the message {@code ts} in {@code channel}. */
    ProgressIndicator on(String channel, String ts) {
        if (ts == null) return ProgressIndicator.NONE;
        return new ProgressIndicator() {
            private boolean added;

            @Override
            public void working() {
                if (added || scopeMissing.get()) return;
                // Renewed calls change nothing: a reaction stays until it is removed.
                added = call("reactions.add", () -> api.reactionsAdd(r -> r.channel(channel).timestamp(ts).name(NAME)));
            }

            @Override
            public void done() {
                if (added) call("reactions.remove", () -> api.reactionsRemove(r -> r.channel(channel).timestamp(ts).name(NAME)));
            }
        };
    }

    @FunctionalInterface
    private interface Call {
        SlackApiTextResponse run() throws IOException, SlackApiException;
    }

    private boolean call(String method, Call call) {
        try {
            SlackApiTextResponse response = call.run();
            if (response.isOk()) return true;
            if ("missing_scope".equals(response.getError()) && scopeMissing.compareAndSet(false, true)) {
                log.info("Slack refused {} (missing_scope): add the reactions:write scope to show an hourglass on slow answers", method);
            } else {
                log.debug("Slack refused {}: {}", method, response.getError());
            }
        } catch (IOException | SlackApiException | RuntimeException e) {
            log.debug("Could not call {} in Slack: {}", method, e.getMessage());
        }
        return false;
    }
}
