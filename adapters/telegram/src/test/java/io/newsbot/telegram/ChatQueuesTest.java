package io.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatQueuesTest {
    final ExecutorService executor = Executors.newFixedThreadPool(4);
    final ChatQueues queues = new ChatQueues(executor);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void serves_another_chat_while_one_chat_waits_and_keeps_each_chat_in_order() throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch otherChatDone = new CountDownLatch(1);
        List<String> done = new CopyOnWriteArrayList<>();

        queues.submit("a", () -> {
            slowStarted.countDown();
            await(otherChatDone);
            done.add("a1");
        });
        queues.submit("a", () -> done.add("a2"));
        assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
        queues.submit("b", () -> {
            done.add("b1");
            otherChatDone.countDown();
        });

        assertThat(queues.drain(Duration.ofSeconds(10))).isTrue();
        assertThat(done).containsExactly("b1", "a1", "a2");
    }

    @Test
    void goes_on_with_a_chat_after_one_of_its_tasks_failed() {
        List<String> done = new CopyOnWriteArrayList<>();

        queues.submit("a", () -> {
            throw new IllegalStateException("boom");
        });
        queues.submit("a", () -> done.add("after"));

        assertThat(queues.drain(Duration.ofSeconds(10))).isTrue();
        assertThat(done).containsExactly("after");
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new AssertionError("timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
