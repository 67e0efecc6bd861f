package io.newsbot.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.newsbot.store.Leases;
import io.newsbot.store.jdbc.JdbcLeases;
import io.newsbot.testing.LogRecorder;
import io.newsbot.testing.MutableClock;
import io.newsbot.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two instances keeping one lease on one database: the work runs on exactly one of them, and moves when that one goes. */
class LeaseKeeperTest {
    private static final Duration TTL = Duration.ofSeconds(30);
    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    final List<String> events = new ArrayList<>();
    Leases leases;
    LeaseKeeper a;
    LeaseKeeper b;

    @BeforeEach
    void twoInstances() {
        leases = new JdbcLeases(db.get());
        a = keeper("a");
        b = keeper("b");
    }

    private LeaseKeeper keeper(String holder) {
        return new LeaseKeeper(leases, "telegram:42", holder, clock, TTL, mock(ScheduledExecutorService.class), new LeaseKeeper.Work() {
            @Override
            public void start() {
                events.add(holder + " started");
            }

            @Override
            public void stop() {
                events.add(holder + " stopped");
            }
        });
    }

    @Test
    void the_first_instance_works_and_the_second_waits() {
        a.start();
        b.start();
        assertThat(a.working()).isTrue();
        assertThat(b.working()).isFalse();
        assertThat(events).containsExactly("a started");
    }

    @Test
    void the_holder_keeps_working_as_long_as_it_renews() {
        a.start();
        b.start();
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(10));
            a.check();
            b.check();
        }
        assertThat(events).containsExactly("a started");
    }

    @Test
    void another_instance_takes_over_at_once_when_the_holder_stops() {
        a.start();
        b.start();
        a.close();
        b.check();
        assertThat(b.working()).isTrue();
        assertThat(events).containsExactly("a started", "a stopped", "b started");
    }

    @Test
    void another_instance_takes_over_when_the_holder_dies_and_its_lease_expires() {
        a.start();
        b.start();
        clock.advance(Duration.ofSeconds(29)); // a has died: it renews no more
        b.check();
        assertThat(b.working()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        b.check();
        assertThat(b.working()).isTrue();
    }

    @Test
    void the_instance_taking_over_a_dead_holders_lease_says_whose_it_was() {
        a.start();
        b.start();
        clock.advance(TTL); // a died without giving the lease up

        try (LogRecorder log = new LogRecorder()) {
            b.check();

            assertThat(log.lines("holds telegram:42")).singleElement().asString().contains("This instance (b)").contains("taking over from a");
        }
    }

    @Test
    void an_instance_that_lost_its_lease_stops_its_work() {
        a.start();
        clock.advance(TTL.plusSeconds(1)); // a was paused (a long GC, a frozen VM) past its lease
        b.start();
        a.check();
        assertThat(a.working()).isFalse();
        assertThat(events).containsExactly("a started", "b started", "a stopped");
    }

    @Test
    void a_work_that_cannot_start_gives_the_lease_up_for_another_instance() {
        LeaseKeeper broken = new LeaseKeeper(leases, "telegram:42", "broken", clock, TTL, mock(ScheduledExecutorService.class),
                new LeaseKeeper.Work() {
                    @Override
                    public void start() throws Exception {
                        throw new Exception("no route to the Bot API");
                    }

                    @Override
                    public void stop() {
                    }
                });
        broken.start();
        assertThat(broken.working()).isFalse();
        b.start();
        assertThat(b.working()).isTrue();
    }
}
