package io.newsbot.telegram;

/** Notes which updates were received and handled, so none is answered twice or lost. */
interface UpdateLedger {
    /** Keeps no record: for webhooks, where Telegram delivers each update until we acknowledge it. */
    UpdateLedger NONE = new UpdateLedger() {
        @Override
        public boolean received(int updateId) {
            return true;
        }

        @Override
        public void handled(int updateId) {
        }
    };

    /** False when the update was received before and must not be handled again. */
    boolean received(int updateId);

    void handled(int updateId);
}
