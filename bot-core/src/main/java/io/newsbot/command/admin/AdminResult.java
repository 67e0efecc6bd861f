package io.newsbot.command.admin;

import io.newsbot.platform.Reply;
import java.util.Objects;

/**
 * What an admin action did: the reply for the chat, and the outcome and detail for the audit log.
 *
 * @param reply   what the admin is told
 * @param outcome {@code ok}, {@code refused} or {@code failed}, as in {@link io.newsbot.store.AuditLog.Entry}
 * @param detail  a short note for the audit log, such as "granted telegram:42"; may be empty
 */
record AdminResult(Reply reply, String outcome, String detail) {
    static final String OK = "ok";
    static final String REFUSED = "refused";
    static final String FAILED = "failed";

    AdminResult {
        Objects.requireNonNull(reply, "reply");
        if (!outcome.equals(OK) && !outcome.equals(REFUSED) && !outcome.equals(FAILED)) {
            throw new IllegalArgumentException("outcome must be ok, refused or failed");
        }
        detail = detail == null ? "" : detail;
    }

    static AdminResult ok(Reply reply, String detail) {
        return new AdminResult(reply, OK, detail);
    }

    /** The action could not be done: a wrong argument, a rule, or an error. The sentence tells why. */
    static AdminResult failed(String sentence, String detail) {
        return new AdminResult(Reply.error(sentence), FAILED, detail);
    }

    static AdminResult usage(String usage) {
        return failed("Usage: " + usage, "usage");
    }
}
