package io.newsbot.launcher.faults;

import com.google.gson.JsonObject;
import io.newsbot.slack.fake.FakeSlackApi;
import io.newsbot.slack.fake.FakeSocketModeServer;
import io.newsbot.slack.fake.SlackPayloads;
import io.newsbot.telegram.fake.FakeBotApi;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Kills the built bot with SIGKILL at random moments while people ask it questions on a fake Telegram and a fake Slack,
 * with rate limits, server errors and a Telegram outage thrown in, restarting it after each kill; then lets it finish
 * and counts how often each question was answered. Everything random comes from one seed, printed, so a failure can be
 * replayed (timing on a busy machine still varies).
 */
final class FaultCampaign {
    static final Duration READY = Duration.ofSeconds(180);
    static final Duration TRIGGER = Duration.ofSeconds(30);
    /** Kills this soon after the platform accepted an answer may repeat it: the window the outbox cannot close. */
    static final Duration WINDOW = Duration.ofMillis(200);
    private static final String[] QUESTIONS = {"What did Lavrov say?", "What was said about Syria?", "/sources", "/latest 1"};
    private static final long BOT_ID = 6_300_000_001L;

    /** A question asked during the campaign, and where its answer should appear once. */
    record Asked(int number, int run, boolean telegram, long telegramChat, String slackChannel) {
        String where() {
            return telegram ? "telegram chat " + telegramChat : "slack DM " + slackChannel;
        }
    }

    private final Path jar;
    private final Path home;
    private final long seed;
    private final int runs;
    private final PrintStream out;
    private final Random random;
    private final List<Asked> asked = new ArrayList<>();
    private final List<Instant> kills = new ArrayList<>();
    private final Map<Moment, Integer> moments = new EnumMap<>(Moment.class);
    private final FaultCounts faults = new FaultCounts();
    private int missedTriggers;
    private FakeBotApi telegram;
    private FakeSlackApi slack;
    private FakeSocketModeServer socket;
    private BotProcess bot;

    FaultCampaign(Path jar, Path home, long seed, int runs, PrintStream out) {
        this.jar = jar;
        this.home = home;
        this.seed = seed;
        this.runs = runs;
        this.out = out;
        this.random = new Random(seed);
    }

    CampaignReport run() throws Exception {
        long started = System.nanoTime();
        try (FakeBotApi tg = new FakeBotApi(BOT_ID, "newsbot_faults_bot", BOT_ID + ":AAE-faults_token"); FakeSlackApi api = new FakeSlackApi()) {
            telegram = tg;
            slack = api;
            socket = new FakeSocketModeServer();
            socket.startAndWait();
            slack.socketModeUrl(socket::url);
            bot = new BotProcess(jar, home, Map.of("NEWSBOT_TELEGRAM_TOKEN", telegram.token(), "NEWSBOT_TELEGRAM_API_URL", telegram.uri().toString(),
                    "NEWSBOT_SLACK_BOT_TOKEN", "xoxb-faults", "NEWSBOT_SLACK_APP_TOKEN", "xapp-faults", "NEWSBOT_SLACK_API_URL", slack.apiUrl(),
                    "NEWSBOT_DATA_DIR", home.resolve("data").toString(), "NEWSBOT_LOG_LEVEL", Boolean.getBoolean("newsbot.faults.debug") ? "DEBUG" : "INFO"));
            try {
                for (int run = 1; run <= runs; run++) oneRun(run);
                finish(runs + 1);
            } catch (Exception | AssertionError e) {
                if (bot.alive()) bot.kill();
                out.println(bot.logs());
                out.println("Telegram saw: " + telegram.events());
                throw e;
            } finally {
                socket.stop(1000);
            }
            CampaignReport report = report(Duration.ofNanos(System.nanoTime() - started));
            if (!report.twice().isEmpty() || report.unanswered() > 0) out.println(bot.logs());
            return report;
        }
    }

    private void oneRun(int run) throws Exception {
        int connections = socket.connections();
        int getMes = telegram.calls("getMe").size();
        bot.start(run);
        await(() -> telegram.calls("getMe").size() > getMes && socket.connections() > connections, READY, "the bot to start (run " + run + ")");
        injectFaults();
        boolean outage = random.nextDouble() < 0.15;
        Moment moment = outage ? Moment.ANYTIME : Moment.values()[random.nextInt(Moment.values().length)];
        boolean onTelegram = random.nextBoolean();
        FakeBotApi.Hold tgHold = moment == Moment.SENDING && onTelegram ? telegram.holdNext("sendMessage") : null;
        FakeSlackApi.Hold slackHold = moment == Moment.SENDING && !onTelegram ? slack.holdNext("chat.postMessage") : null;
        if (outage) outage();
        Asked tq = askTelegram(run);
        Asked sq = askSlack(run);
        boolean triggered = trigger(moment, onTelegram ? tq : sq, tgHold, slackHold);
        if (!triggered) missedTriggers++;
        kills.add(bot.kill());
        moments.merge(moment, 1, Integer::sum);
        if (tgHold != null) tgHold.drop();
        if (slackHold != null) slackHold.drop();
        out.printf("run %d: killed %s %s%s%n", run, moment, onTelegram ? "on telegram" : "on slack", triggered ? "" : " (its moment never came)");
    }

    private void injectFaults() {
        if (random.nextDouble() < 0.3) faults.telegram429 += burst(n -> telegram.rateLimitNext("sendMessage", 1));
        if (random.nextDouble() < 0.2) faults.telegram5xx += burst(n -> telegram.badGatewayNext("sendMessage"));
        if (random.nextDouble() < 0.1) faults.telegram5xx += burst(n -> telegram.badGatewayNext("getUpdates"));
        if (random.nextDouble() < 0.25) faults.slack429 += burst(n -> slack.cannedOnce("chat.postMessage",
                new FakeSlackApi.Canned(429, Map.of("Retry-After", "1"), "{\"ok\":false,\"error\":\"ratelimited\"}")));
        if (random.nextDouble() < 0.15) faults.slack5xx += burst(n -> slack.cannedOnce("chat.postMessage",
                new FakeSlackApi.Canned(503, Map.of(), "{\"ok\":false,\"error\":\"service_unavailable\"}")));
    }

    private int burst(java.util.function.IntConsumer fault) {
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) fault.accept(i);
        return n;
    }

    /** Telegram goes away for 2 to 6 s, across the kill and the next start. */
    private void outage() {
        faults.outages++;
        long millis = 2000 + random.nextInt(4000);
        telegram.outage(true);
        Thread end = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            telegram.outage(false);
        }, "telegram-outage");
        end.setDaemon(true);
        end.start();
    }

    private Asked askTelegram(int run) {
        int n = asked.size() + 1;
        long chat = 900_000L + n;
        FakeBotApi.User user = new FakeBotApi.User(chat, "Asker" + n, "asker" + n);
        telegram.userSends(FakeBotApi.Chat.privateWith(user), user, QUESTIONS[random.nextInt(QUESTIONS.length)]);
        Asked a = new Asked(n, run, true, chat, null);
        asked.add(a);
        return a;
    }

    private Asked askSlack(int run) {
        int n = asked.size() + 1;
        String channel = "D" + (7000 + n);
        String ts = "18000" + String.format("%05d", n) + ".000100";
        String question = QUESTIONS[random.nextInt(2)]; // questions, not commands: a DM's text is a question
        JsonObject event = SlackPayloads.directMessage(channel, "U" + (7000 + n), question, ts, null);
        socket.deliver(SlackPayloads.eventsEnvelope("env-" + n, "Ev-" + n, event, 0));
        Asked a = new Asked(n, run, false, 0, channel);
        asked.add(a);
        return a;
    }

    /** Waits for the moment to kill at; false when it never came within {@link #TRIGGER}. */
    private boolean trigger(Moment moment, Asked q, FakeBotApi.Hold tgHold, FakeSlackApi.Hold slackHold) throws Exception {
        switch (moment) {
            case RECEIVING -> {
                if (!q.telegram()) return true; // the envelope is on its way: kill before it is acknowledged
                return attempt(() -> telegram.awaitReturned(telegram.lastUpdateId(), TRIGGER));
            }
            case ANSWERING -> {
                if (!q.telegram()) {
                    Thread.sleep(random.nextInt(300)); // no typing indicator in Slack: somewhere in the answer's first moments
                    return true;
                }
                return attempt(() -> telegram.awaitCall("sendChatAction", c -> c.params().path("chat_id").asLong() == q.telegramChat(), TRIGGER));
            }
            case SENDING -> {
                return tgHold != null ? tgHold.entered() || awaitHeld(tgHold) : slackHold.awaitEntered(TRIGGER);
            }
            case AFTER_SENDING -> {
                boolean sent = await(() -> answers(q) > 0, TRIGGER);
                Thread.sleep(random.nextInt(1500));
                return sent;
            }
            default -> {
                Thread.sleep(random.nextInt(4000));
                return true;
            }
        }
    }

    private static boolean awaitHeld(FakeBotApi.Hold hold) throws InterruptedException {
        try {
            hold.awaitEntered(TRIGGER);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    @FunctionalInterface
    private interface Wait {
        void run() throws Exception;
    }

    private static boolean attempt(Wait wait) throws Exception {
        try {
            wait.run();
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    /** The last start: the bot sends what the kills left behind, then stops cleanly. */
    private void finish(int run) throws Exception {
        int getMes = telegram.calls("getMe").size();
        bot.start(run);
        await(() -> telegram.calls("getMe").size() > getMes, READY, "the bot to start for the last time");
        if (!await(() -> asked.stream().allMatch(q -> answers(q) > 0), READY)) {
            throw new AssertionError("waited " + READY.toSeconds() + " s for every question to be answered; still unanswered: "
                    + asked.stream().filter(q -> answers(q) == 0).map(q -> q.where() + " (run " + q.run() + ")").toList());
        }
        bot.stop();
        out.printf("run %d: every question answered; stopped with SIGTERM%n", run);
    }

    int answers(Asked q) {
        return q.telegram() ? telegram.sent(q.telegramChat()).size() : slack.postsTo(q.slackChannel()).size();
    }

    private Instant firstAnswerAt(Asked q) {
        return q.telegram() ? telegram.sent(q.telegramChat()).get(0).at() : slack.postsTo(q.slackChannel()).get(0).at();
    }

    /** When the request that carried the first answer reached the platform (before it was accepted). */
    private Instant firstAnswerRequested(Asked q) {
        return q.telegram() ? telegram.sent(q.telegramChat()).get(0).received() : slack.postsTo(q.slackChannel()).get(0).received();
    }

    private CampaignReport report(Duration took) {
        int once = 0;
        int never = 0;
        List<String> inWindow = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        for (Asked q : asked) {
            int n = answers(q);
            if (n == 0) never++;
            else if (n == 1) once++;
            else {
                Instant first = firstAnswerAt(q);
                Instant requested = firstAnswerRequested(q);
                // The window the outbox cannot close: the kill came while the first answer was on its way (written by the
                // process before it died, served by the platform up to WINDOW later: a new process needs seconds to start) or
                // within WINDOW after the platform accepted it, before newsbot could write down that it was sent.
                boolean window = kills.stream().anyMatch(k -> !k.isBefore(requested.minus(WINDOW)) && !k.isAfter(first.plus(WINDOW)));
                String gap = kills.stream().filter(k -> k.isBefore(requested)).reduce((a, b) -> b)
                        .map(k -> ", the kill before it " + Duration.between(k, requested).toMillis() + " ms before the platform had the request").orElse("")
                        + kills.stream().filter(k -> !k.isBefore(requested)).findFirst()
                        .map(k -> ", the next kill " + Duration.between(requested, k).toMillis() + " ms after the platform had the request and "
                                + Duration.between(first, k).toMillis() + " ms after it accepted it").orElse("");
                (window ? inWindow : twice).add(q.where() + " answered " + n + " times (run " + q.run() + gap + ")");
            }
        }
        return new CampaignReport(seed, runs, kills.size(), Map.copyOf(moments), missedTriggers, asked.size(),
                (int) asked.stream().filter(Asked::telegram).count(), once, never, twice, inWindow, faults, took, socket.unacknowledged());
    }

    private void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        if (!await(condition, timeout)) throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what);
    }

    /** Waits for a condition on the fakes, checking every 20 ms; false when it did not hold within the timeout. */
    private static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) return false;
            Thread.sleep(20);
        }
        return true;
    }

    /** How many faults were thrown in. */
    static final class FaultCounts {
        int telegram429;
        int telegram5xx;
        int slack429;
        int slack5xx;
        int outages;
    }
}
