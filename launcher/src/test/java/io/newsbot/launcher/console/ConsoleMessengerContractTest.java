package io.newsbot.launcher.console;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.MessengerContract;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The {@link MessengerContract} for the console: what it prints, one reply per block. */
class ConsoleMessengerContractTest extends MessengerContract {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ConsoleMessenger messenger = new ConsoleMessenger(new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Override
    protected Messenger messenger() {
        return messenger;
    }

    @Override
    protected ChatRef chat() {
        return new ChatRef(ConsoleChat.PLATFORM, "console", ChatType.PRIVATE);
    }

    @Override
    protected List<String> received(ChatRef chat, int count) {
        // The console prints as it is told: everything sent is there already.
        return Arrays.stream(printed.toString(StandardCharsets.UTF_8).split("\\R\\R+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
