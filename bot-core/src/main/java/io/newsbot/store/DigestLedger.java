package io.newsbot.store;

import io.newsbot.platform.ChatRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The record of daily digests, one entry per chat and local date. A digest is claimed here before it is
 * sent; the claim is atomic across bot instances sharing the store, so a day's digest is sent at most once
 * however often the bot restarts or however many instances run.
 */
public interface DigestLedger {

    /** Where a day's digest stands. */
    enum Status {
        /** Claimed by an instance that is sending it, or that stopped while sending it. */
        CLAIMED,
        /** Delivered. */
        SENT,
        /** Not delivered after every retry; see {@link Delivery#detail()}. */
        FAILED,
        /** Deliberately not sent: missed while the bot was down, or nothing new on a day set to stay quiet. */
        SKIPPED
    }

    /**
     * One chat's digest of one local date.
     *
     * @param platform     the chat's platform
     * @param chatId       the chat's id
     * @param date         the local date in the subscription's zone
     * @param claimedBy    the instance that claimed it
     * @param claimedAt    when it was claimed
     * @param status       where it stands
     * @param attempts     sends tried so far
     * @param detail       the last error of a failure, or why it was skipped; empty otherwise
     * @param coveredUntil the end of the window of articles it covered; {@code null} when it covered none
     * @param articles     how many articles it held
     */
    record Delivery(String platform, String chatId, LocalDate date, String claimedBy, Instant claimedAt, Status status, int attempts,
                    String detail, Instant coveredUntil, int articles) {
        public Delivery {
            detail = detail == null ? "" : detail;
        }
    }

    /**
     * Claims the chat's digest of the date for this instance.
     *
     * @return true if this call claimed it; false if it was claimed (or skipped) before, by anyone
     */
    boolean claim(ChatRef chat, LocalDate date, String claimedBy, Instant at);

    /**
     * Records the chat's digest of the date as skipped, unless it was claimed before.
     *
     * @param coveredUntil the window's end when it was skipped for having nothing new, else {@code null}
     * @return true if this call recorded it
     */
    boolean skip(ChatRef chat, LocalDate date, String claimedBy, Instant at, String reason, Instant coveredUntil);

    /**
     * Records what a claimed digest covers, when it is queued for sending: the next digest starts where it ends (unless
     * it ends up {@link #failed}).
     */
    void queued(ChatRef chat, LocalDate date, Instant coveredUntil, int articles);

    /** Digests claimed and not yet recorded as sent or failed: the ones the outbox is still delivering. */
    List<Delivery> claimed();

    /** Records a failed attempt of a claimed digest that will be retried. */
    void attempted(ChatRef chat, LocalDate date, int attempts, String error);

    /** Records a claimed digest as delivered. */
    void sent(ChatRef chat, LocalDate date, int attempts, Instant coveredUntil, int articles);

    /** Records a claimed digest as not delivered, for good: the articles it covered go into the next one. */
    void failed(ChatRef chat, LocalDate date, int attempts, String error);

    /** Marks digests still claimed since before the given time as failed: their instance stopped while sending. */
    int abandonClaimsBefore(Instant claimedBefore, String reason);

    Optional<Delivery> find(ChatRef chat, LocalDate date);

    /** The end of the article window of the chat's last digest that covered one: where the next one starts. */
    Optional<Instant> lastCoveredUntil(ChatRef chat);

    /** How many deliveries stand in each status (statuses with none left out), for admins' figures. */
    java.util.Map<Status, Long> countByStatus();

    /** Digests claimed since the given time that failed, newest first: for admins. */
    List<Delivery> failuresSince(Instant since);
}
