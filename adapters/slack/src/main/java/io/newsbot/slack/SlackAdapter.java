package io.newsbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.sun.net.httpserver.HttpHandler;
import io.newsbot.adapter.PlatformPorts;
import io.newsbot.command.Command;
import io.newsbot.outbox.EventReplies;
import io.newsbot.outbox.OutboxSender;
import io.newsbot.platform.AdapterResources;
import io.newsbot.progress.SlowAnswers;
import io.newsbot.platform.Backoff;
import io.newsbot.platform.Messenger;
import io.newsbot.adapter.PlatformAdapter;
import io.newsbot.platform.PlatformStatus;
import io.newsbot.platform.Reply;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.newsbot.adapter.PlatformConnection;

/**
 * newsbot in a Slack workspace, on Slack's Bolt for Java: mentions in channels and DMs are questions (see
 * {@link QuestionListener}), {@code /newsbot} runs commands (see {@link SlashCommandListener}), and replies go through
 * the outbox as Block Kit messages (see {@link SlackMessenger}). Events arrive over Socket Mode (see
 * {@link SocketModeConnection}, which keeps the connection open) or over HTTP through {@link #eventsHandler()}, which
 * the launcher mounts on its HTTP server. When Slack cannot be reached at start the adapter keeps trying in the
 * background while the rest of the bot runs.
 */
public final class SlackAdapter implements PlatformAdapter {
    /** The platform name in chat and user keys. */
    public static final String PLATFORM = "slack";
    /** Slack's errors for a token it does not take. */
    static final Set<String> TOKEN_REFUSED = Set.of("invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired");

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
    private final AdapterResources threads;
    private final Slack slack;
    private final MethodsClient api;
    private final App app;
    private final SlackMessenger messenger;
    private final OutboxSender sender;
    private final SlackEventsHttpHandler eventsHandler;
    private final PlatformConnection connection;
    private SocketModeConnection socketMode;
    private volatile boolean stopping;

    /** An adapter around the core, running on the given threads, which it owns from now on. */
    public SlackAdapter(SlackSettings settings, PlatformPorts core, AdapterResources threads) {
        this.settings = settings;
        this.threads = threads;
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        // Calls are not retried by OkHttp on a dropped connection: a chat.postMessage that may have reached Slack is the
        // outbox's to retry or not, with its record of what was accepted; OkHttp's default would resend it unseen.
        this.slack = Slack.getInstance(config, new com.slack.api.util.http.SlackHttpClient(
                new okhttp3.OkHttpClient.Builder().retryOnConnectionFailure(false).build()));
        this.api = slack.methods(settings.botToken());
        SlashCommandSpelling spelling = new SlashCommandSpelling(() -> core.commands().stream().map(Command::name).toList());
        SlackBlockKitRenderer renderer = new SlackBlockKitRenderer();
        Function<Reply, List<SlackMessage>> format = reply -> renderer.render(spelling.toSlack(reply));
        this.messenger = new SlackMessenger(api, slack, format, core.chats(), core.digestThreads(), threads.clock());
        this.sender = new OutboxSender(core.outbox(), messenger, threads.clock(), threads.timer(), threads.sending(),
                OutboxSender.Options.defaults(core.instanceId()));
        this.app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.mode() == SlackSettings.Mode.HTTP ? settings.signingSecret() : null)
                .requestVerificationEnabled(settings.mode() == SlackSettings.Mode.HTTP)
                // Slack sends message subtypes (edits, joins, bot posts) we do not handle; unacknowledged, they would be redelivered.
                .allEventsApiAutoAckEnabled(true)
                .subtypedMessageEventsAutoAckEnabled(true)
                .build());
        EventReplies replies = new EventReplies(core.transactions(), core.events(), core.outbox());
        InboundText inbound = new InboundText(new UsersInfoNames(api, threads.clock()));
        QuestionListener questions = new QuestionListener(core.bot(), replies, sender, threads.answering(), settings.answerDeadline(),
                threads.clock(), inbound, new SlowAnswers(threads.timer(), threads.sending(), SlowAnswers.Options.DEFAULT),
                new HourglassReactions(api));
        app.event(AppMentionEvent.class, questions::onMention);
        app.event(MessageEvent.class, questions::onMessage);
        app.blockAction(Pattern.compile("^" + VoteBlocks.ACTION_PREFIX + ".*"),
                new VoteActions(new io.newsbot.feedback.ButtonVotes(core.feedback(), threads.clock()), threads.answering())::onPress);
        // Any command name: the app receives only its own commands, and a workspace may have renamed /newsbot.
        app.command(Pattern.compile("/.*"), new SlashCommandListener(core.bot(), replies, sender, spelling, threads.answering(),
                settings.answerDeadline(), threads.clock())::onCommand);
        this.eventsHandler = new SlackEventsHttpHandler(app, threads.clock());
        this.connection = new PlatformConnection("Slack", threads, this::connect);
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Messenger messenger() {
        return messenger;
    }

    @Override
    public OutboxSender sender() {
        return sender;
    }

    @Override
    public PlatformStatus status() {
        return connection.current();
    }

    /** The endpoint for Slack's HTTP requests (events, slash commands, URL verification), for HTTP mode. */
    public HttpHandler eventsHandler() {
        return eventsHandler;
    }

    /** Connects now if Slack answers, else keeps trying in the background; returns either way. */
    @Override
    public void start() {
        connection.start();
    }

    /** One try: the bot token is checked ({@code auth.test}), then Socket Mode is opened (or HTTP events served), then the outbox runs. */
    private synchronized void connect() throws Exception {
        if (stopping) return;
        AuthTestResponse auth = api.authTest(r -> r);
        if (!auth.isOk()) {
            if (TOKEN_REFUSED.contains(auth.getError())) {
                throw connection.tokenRefused("Slack refused the bot token (" + auth.getError() + "): check NEWSBOT_SLACK_BOT_TOKEN, the xoxb- token"
                        + " of the installed app");
            }
            throw new IOException("auth.test answered " + auth.getError());
        }
        if (settings.mode() == SlackSettings.Mode.SOCKET) {
            SocketModeConnection opened = new SocketModeConnection(slack, settings.appToken(), app, connection, threads.timer(), Backoff.CONNECTING);
            opened.open();
            socketMode = opened;
            log.info("Slack: connected in Socket Mode as {} in {}", auth.getUser(), auth.getTeam());
        } else {
            app.start();
            log.info("Slack: serving events at {} as {} in {}", settings.eventsPath(), auth.getUser(), auth.getTeam());
        }
        sender.start();
    }

    @Override
    public void close() {
        stopping = true;
        connection.close();
        synchronized (this) {
            if (socketMode != null) socketMode.close();
            else app.stop();
        }
        shutdown(threads.answering(), "answering");
        sender.close();
        shutdown(threads.sending(), "sending");
        threads.timer().shutdownNow();
        try {
            slack.close();
        } catch (Exception e) {
            log.warn("The Slack HTTP client did not close cleanly: {}", e.toString());
        }
        connection.stopped();
    }

    private static void shutdown(ExecutorService executor, String what) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) log.warn("Some Slack {} was still running at shutdown", what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
