package io.newsbot.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A scheduled executor on a clock the test moves: work due now runs at once (on the calling thread one task after
 * another, or on a real executor), delayed work runs only when the test has moved the clock past its time and calls
 * {@link #runDue()}. Tests of retries and timeouts then take no real time, and can read the delays asked for.
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final Clock clock;
    private final Executor now;
    private final List<Task> delayed = new ArrayList<>();
    private final List<Duration> delaysAsked = new ArrayList<>();
    private int awaited;
    private final Deque<Runnable> trampoline = new ArrayDeque<>();
    private boolean draining;
    private volatile boolean shutdown;

    private ManualScheduler(Clock clock, Executor now) {
        this.clock = clock;
        this.now = now;
    }

    /** Due work runs on the thread that submits it (after the task that submitted it, never inside it). */
    public static ManualScheduler onCallingThread(Clock clock) {
        return new ManualScheduler(clock, null);
    }

    /** Due work runs on the given executor. */
    public static ManualScheduler on(Clock clock, Executor executor) {
        return new ManualScheduler(clock, executor);
    }

    /** Runs every delayed task whose time has come on the clock, in time order; returns how many ran. */
    public int runDue() {
        int ran = 0;
        while (true) {
            Task next;
            synchronized (this) {
                Instant t = clock.instant();
                next = delayed.stream().filter(d -> !d.isCancelled() && !d.due.isAfter(t)).min(Comparator.comparing(d -> d.due)).orElse(null);
                if (next == null) {
                    delayed.removeIf(Task::isCancelled);
                    return ran;
                }
                delayed.remove(next);
            }
            Task due = next;
            execute(due::fire);
            ran++;
        }
    }

    /**
     * Waits (for real, at most {@code timeout}) until some {@code schedule} call asks for a delay that matches, and
     * returns it: the positive signal that a retry is set up, before the test moves the clock past it.
     */
    public Duration awaitDelay(java.util.function.Predicate<Duration> matches, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                // Each asked delay answers one wait, in the order asked.
                for (; awaited < delaysAsked.size(); awaited++) {
                    if (matches.test(delaysAsked.get(awaited))) return delaysAsked.get(awaited++);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new AssertionError("no delay matching was asked for within " + timeout + "; asked: " + delaysAsked);
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** The delays asked for so far with {@code schedule}, in order (fixed-delay repeats not counted). */
    public synchronized List<Duration> delaysAsked() {
        return List.copyOf(delaysAsked);
    }

    /** When the next delayed task falls due, if any is waiting. */
    public synchronized java.util.Optional<Instant> nextDue() {
        return delayed.stream().filter(d -> !d.isCancelled()).map(d -> d.due).min(Comparator.naturalOrder());
    }

    @Override
    public void execute(Runnable command) {
        if (shutdown) throw new RejectedExecutionException("shut down");
        if (now != null) {
            now.execute(command);
            return;
        }
        synchronized (trampoline) {
            trampoline.add(command);
            if (draining) return;
            draining = true;
        }
        while (true) {
            Runnable r;
            synchronized (trampoline) {
                r = trampoline.poll();
                if (r == null) {
                    draining = false;
                    return;
                }
            }
            r.run();
        }
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        Duration d = Duration.ofNanos(unit.toNanos(delay));
        Task task = new Task(command, clock.instant().plus(d), null);
        synchronized (this) {
            if (!task.due.isAfter(clock.instant())) {
                delaysAsked.add(d);
                notifyAll();
            } else {
                // Registered before it is announced, so a test that sees the delay can move the clock past it.
                delayed.add(task);
                delaysAsked.add(d);
                notifyAll();
                return task;
            }
        }
        return add(task);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("not needed by the code under test");
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return scheduleWithFixedDelay(command, initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return add(new Task(command, clock.instant().plusNanos(unit.toNanos(initialDelay)), Duration.ofNanos(unit.toNanos(delay))));
    }

    private Task add(Task task) {
        if (shutdown) throw new RejectedExecutionException("shut down");
        if (!task.due.isAfter(clock.instant()) && task.repeat == null) {
            execute(task::fire);
            return task;
        }
        synchronized (this) {
            delayed.add(task);
        }
        if (!task.due.isAfter(clock.instant())) runDue();
        return task;
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        synchronized (this) {
            delayed.clear();
        }
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private final class Task extends CompletableFuture<Object> implements ScheduledFuture<Object> {
        private final Runnable command;
        private volatile Instant due;
        private final Duration repeat;

        Task(Runnable command, Instant due, Duration repeat) {
            this.command = command;
            this.due = due;
            this.repeat = repeat;
        }

        void fire() {
            if (isCancelled()) return;
            try {
                command.run();
            } catch (RuntimeException e) {
                if (repeat == null) completeExceptionally(e);
                return; // as a real scheduled executor: a failing repeated task is not run again
            }
            if (repeat == null) {
                complete(null);
            } else if (!shutdown && !isCancelled()) {
                synchronized (ManualScheduler.this) {
                    due = clock.instant().plus(repeat);
                    delayed.add(this);
                }
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(clock.instant(), due).toNanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public Object get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
            return super.get(timeout, unit);
        }
    }
}
