package io.newsbot.slack;

import java.util.Optional;

/** The name a Slack user shows, for reading their mentions in a question as words rather than ids. */
interface UserNames {
    /** Resolves nothing: mentions without a label are dropped. */
    UserNames NONE = userId -> Optional.empty();

    /** @return the display name, or empty when it cannot be had */
    Optional<String> displayName(String userId);
}
