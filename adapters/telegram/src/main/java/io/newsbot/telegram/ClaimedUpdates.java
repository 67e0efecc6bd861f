package io.newsbot.telegram;

import io.newsbot.store.EventLedger;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets one instance handle each update, across instances sharing a store: an update new to the local ledger is
 * then claimed in the shared event ledger. Only one instance polls at a time, but when polling moves to another
 * instance (or Telegram redelivers a webhook call to another instance) the update being handled at that moment
 * reaches a second one, which finds it claimed.
 */
final class ClaimedUpdates implements UpdateLedger {
    private static final Logger log = LoggerFactory.getLogger(ClaimedUpdates.class);
    private final UpdateLedger local;
    private final EventLedger shared;
    private final String prefix;
    private final Clock clock;

    /** @param botId the bot's Telegram id: update ids are per bot */
    ClaimedUpdates(UpdateLedger local, EventLedger shared, long botId, Clock clock) {
        this.local = local;
        this.shared = shared;
        this.prefix = "telegram:" + botId + ":";
        this.clock = clock;
    }

    @Override
    public boolean received(int updateId) {
        if (!local.received(updateId)) return false;
        boolean first;
        try {
            first = shared.claim(prefix + updateId, clock.instant());
        } catch (RuntimeException e) {
            // Better a rare double answer than a lost question: handle it.
            log.warn("Could not claim Telegram update {} in the store: {}", updateId, e.getMessage());
            first = true;
        }
        if (!first) local.handled(updateId);
        return first;
    }

    @Override
    public void handled(int updateId) {
        local.handled(updateId);
    }
}
