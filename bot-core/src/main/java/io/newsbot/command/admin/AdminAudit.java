package io.newsbot.command.admin;

import io.newsbot.platform.InboundMessage;
import io.newsbot.store.AuditLog;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes admin commands to the audit log: who (platform and user id), where (chat), when, what and the outcome. */
final class AdminAudit {
    private static final Logger log = LoggerFactory.getLogger(AdminAudit.class);
    private final AuditLog audit;
    private final Clock clock;

    AdminAudit(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    void record(InboundMessage message, String command, String outcome, String detail) {
        try {
            audit.record(new AuditLog.Entry(clock.instant(), message.sender().platform(), message.chat().id(), message.sender().id(),
                    AdminArgs.shorten(command, 500), outcome, AdminArgs.shorten(detail, 500)));
        } catch (RuntimeException e) {
            // The command has already run (or been refused); losing its audit entry must at least be loud.
            log.error("Could not write the audit entry for {} by {}: {}", outcome, message.sender().key(), e.getMessage(), e);
        }
    }
}
