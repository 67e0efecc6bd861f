package io.newsbot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Messenger} does, against its platform (or that platform's fake); each implementation's test extends
 * this and says how to read what the platform received.
 */
public abstract class MessengerContract {
    protected abstract Messenger messenger();

    /** A chat on the messenger's platform. */
    protected abstract ChatRef chat();

    /** Waits until the platform has received at least {@code count} messages in the chat; returns their text, in order. */
    protected abstract List<String> received(ChatRef chat, int count) throws Exception;

    @Test
    void sends_to_the_platform_it_names() {
        assertThat(messenger().platform()).isEqualTo(chat().platform());
    }

    @Test
    void delivers_the_replys_text_to_the_chat() throws Exception {
        messenger().send(chat(), null, Reply.info("Lavrov spoke about sanctions on Monday."));

        assertThat(received(chat(), 1)).singleElement().asString().contains("Lavrov spoke about sanctions on Monday.");
    }

    @Test
    void delivers_replies_to_one_chat_in_the_order_sent() throws Exception {
        messenger().send(chat(), null, Reply.info("The first digest line."));
        messenger().send(chat(), null, Reply.info("The second digest line."));

        List<String> texts = received(chat(), 2);
        assertThat(texts).hasSize(2);
        assertThat(texts.get(0)).contains("The first digest line.");
        assertThat(texts.get(1)).contains("The second digest line.");
    }
}
