package io.newsbot.launcher.faults;

/** When in the life of a question the bot is killed. */
enum Moment {
    /** The platform has handed the question over (getUpdates returned it, the envelope went out): not yet claimed. */
    RECEIVING,
    /** The bot is working out the answer (Telegram shows it typing). */
    ANSWERING,
    /** The answer is on its way: the platform has the request but has not accepted it (the call is dropped after the kill). */
    SENDING,
    /** The platform accepted the answer some time (0 to 1.5 s) ago: the outbox must know it was sent. */
    AFTER_SENDING,
    /** Any time in the four seconds after the questions were asked. */
    ANYTIME
}
