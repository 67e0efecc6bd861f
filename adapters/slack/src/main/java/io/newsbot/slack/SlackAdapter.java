package io.newsbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import com.sun.net.httpserver.HttpHandler;
import io.newsbot.NewsbotCore;
import io.newsbot.command.Command;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.PlatformAdapter;
import io.newsbot.platform.Reply;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * newsbot in a Slack workspace, on Slack's Bolt for Java: mentions in channels and DMs are questions (see
 * {@link QuestionListener}), {@code /newsbot} runs commands (see {@link SlashCommandListener}), and replies
 * are Block Kit messages (see {@link SlackBlockKitRenderer}). Events arrive over Socket Mode, where the
 * client reconnects by itself when the connection drops or Slack asks it to move, or over HTTP through
 * {@link #eventsHandler()}, which the launcher mounts on its HTTP server.
 */
public final class SlackAdapter implements PlatformAdapter {
    /** The platform name in chat and user keys. */
    public static final String PLATFORM = "slack";

    /**
     * Whether a conversation is a direct message with the bot, by the id Slack assigned it: direct messages' ids
     * start with D (conversations.info says is_im for exactly these). A channel's name is chosen by users and decides
     * nothing.
     */
    static boolean isDirectMessage(String conversationId) {
        return conversationId != null && conversationId.startsWith("D");
    }
    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);
    private final SlackSettings settings;
    private final ExecutorService workers;
    private final Slack slack;
    private final App app;
    private final SlackMessenger messenger;
    private final SlackEventsHttpHandler eventsHandler;
    private volatile SocketModeApp socketMode;

    /**
     * @param workers answers questions off Slack's delivery threads, so every event is acknowledged at once; the
     *                adapter owns it and shuts it down on {@link #close()}, after in-flight answers finish
     * @param pause   waits before retrying a rate-limited or failed post
     */
    public SlackAdapter(SlackSettings settings, NewsbotCore core, ExecutorService workers, Pause pause) {
        this.settings = settings;
        this.workers = workers;
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        this.slack = Slack.getInstance(config);
        SlashCommandSpelling spelling = new SlashCommandSpelling(() -> core.router().commands().stream().map(Command::name).toList());
        SlackBlockKitRenderer renderer = new SlackBlockKitRenderer();
        Function<Reply, List<SlackMessage>> format = reply -> renderer.render(spelling.toSlack(reply));
        this.messenger = new SlackMessenger(slack.methods(settings.botToken()), format, core.chats(), pause);
        this.app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.mode() == SlackSettings.Mode.HTTP ? settings.signingSecret() : null)
                .requestVerificationEnabled(settings.mode() == SlackSettings.Mode.HTTP)
                // Slack sends message subtypes (edits, joins, bot posts) we do not handle; unacknowledged, they would be redelivered.
                .allEventsApiAutoAckEnabled(true)
                .subtypedMessageEventsAutoAckEnabled(true)
                .build());
        InboundText inbound = new InboundText(new UsersInfoNames(slack.methods(settings.botToken()), core.clock()));
        QuestionListener questions = new QuestionListener(core.bot(), core.events(), messenger, workers, core.clock(), inbound);
        app.event(AppMentionEvent.class, questions::onMention);
        app.event(MessageEvent.class, questions::onMessage);
        // Any command name: the app receives only its own commands, and a workspace may have renamed /newsbot.
        app.command(Pattern.compile("/.*"), new SlashCommandListener(core.bot(), core.events(), spelling, format, messenger, slack, workers,
                core.clock())::onCommand);
        this.eventsHandler = new SlackEventsHttpHandler(app);
    }

    public SlackAdapter(SlackSettings settings, NewsbotCore core, ExecutorService workers) {
        this(settings, core, workers, Pause.sleeping());
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Messenger messenger() {
        return messenger;
    }

    /** The endpoint for Slack's HTTP requests (events, slash commands, URL verification), for HTTP mode. */
    public HttpHandler eventsHandler() {
        return eventsHandler;
    }

    @Override
    public void start() throws Exception {
        if (settings.mode() == SlackSettings.Mode.SOCKET) {
            socketMode = new SocketModeApp(settings.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
            try {
                socketMode.startAsync();
            } catch (Exception e) {
                // Bolt reports a refused token or an unreachable Slack as an unhelpful NullPointerException or IllegalArgumentException.
                throw new IllegalStateException("Could not open a Socket Mode connection to Slack at " + settings.apiUrl()
                        + "; check NEWSBOT_SLACK_APP_TOKEN (an xapp- token with the connections:write scope) and the network", e);
            }
            log.info("Slack: connected in Socket Mode");
        } else {
            app.start();
            log.info("Slack: serving events at {}", settings.eventsPath());
        }
    }

    @Override
    public void close() {
        try {
            if (socketMode != null) {
                SocketModeClient client = socketMode.getClient();
                socketMode.close();
                // SocketModeApp leaves the client's session monitor and message processors running.
                if (client != null) client.close();
            } else {
                app.stop();
            }
        } catch (Exception e) {
            log.warn("The Slack connection did not close cleanly", e);
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) log.warn("Some Slack answers were still running at shutdown");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            slack.close();
        } catch (Exception e) {
            log.warn("The Slack HTTP client did not close cleanly", e);
        }
    }
}
