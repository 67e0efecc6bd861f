package io.newsbot.platform;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The clock and threads a platform adapter runs on, passed in so that tests control time. The adapter owns the
 * executors from then on and shuts them down when it closes.
 *
 * @param clock     for claims, deadlines and retries
 * @param answering answers incoming messages, in parallel across chats
 * @param sending   delivers outbox messages, in parallel across chats
 * @param timer     schedules reconnects, retries and outbox checks; never blocked by network calls
 */
public record AdapterResources(Clock clock, ExecutorService answering, ExecutorService sending, ScheduledExecutorService timer) {
    public AdapterResources {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(answering, "answering");
        Objects.requireNonNull(sending, "sending");
        Objects.requireNonNull(timer, "timer");
    }
}
