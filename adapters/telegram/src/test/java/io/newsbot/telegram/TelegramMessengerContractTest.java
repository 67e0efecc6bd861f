package io.newsbot.telegram;

import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.MessengerContract;
import io.newsbot.store.ChatStore;
import io.newsbot.telegram.fake.FakeBotApi;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link MessengerContract} for Telegram: the messenger's HTTP calls against the fake Bot API on 127.0.0.1. */
class TelegramMessengerContractTest extends MessengerContract {
    private static final long CHAT = -1001234;
    private FakeBotApi fake;
    private OkHttpClient http;
    private TelegramMessenger messenger;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeBotApi(7_100_000_001L, "newsbot_contract_bot", "7100000001:AAE-contract_token");
        // Telegram knows the group once the bot is in it.
        fake.botStatusChanges(FakeBotApi.Chat.group(CHAT, "Newsroom"), new FakeBotApi.User(7_100_000_002L, "Ada", "ada"), "left", "member");
        http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
        BotApi api = new BotApi(http, new ObjectMapper(), TelegramSettings.polling(fake.token(), fake.uri()));
        messenger = new TelegramMessenger(api, new TelegramHtmlRenderer(), mock(ChatStore.class));
    }

    @AfterEach
    void stop() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        fake.close();
    }

    @Override
    protected Messenger messenger() {
        return messenger;
    }

    @Override
    protected ChatRef chat() {
        return new ChatRef("telegram", Long.toString(CHAT), ChatType.GROUP);
    }

    @Override
    protected List<String> received(ChatRef chat, int count) throws Exception {
        return fake.awaitSent(Long.parseLong(chat.id()), count, Duration.ofSeconds(30)).stream().map(FakeBotApi.Sent::text).toList();
    }
}
