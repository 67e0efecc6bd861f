package io.newsbot.slack;

import static org.mockito.Mockito.mock;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.MessengerContract;
import io.newsbot.slack.fake.FakeSlackApi;
import io.newsbot.store.ChatStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link MessengerContract} for Slack: the real Slack client against the fake Web API on 127.0.0.1. */
class SlackMessengerContractTest extends MessengerContract {
    private FakeSlackApi api;
    private Slack slack;
    private SlackMessenger messenger;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(api.apiUrl());
        slack = Slack.getInstance(config);
        messenger = new SlackMessenger(slack.methods("xoxb-test"), slack, new SlackBlockKitRenderer()::render, mock(ChatStore.class));
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        api.close();
    }

    @Override
    protected Messenger messenger() {
        return messenger;
    }

    @Override
    protected ChatRef chat() {
        return new ChatRef("slack", "C900", ChatType.GROUP);
    }

    @Override
    protected List<String> received(ChatRef chat, int count) throws Exception {
        List<String> texts = new ArrayList<>();
        while (texts.size() < count) {
            FakeSlackApi.Post post = api.awaitPost();
            if (post.channel().equals(chat.id())) texts.add(post.text());
        }
        return texts;
    }
}
