package io.newsbot.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Telegram Bot API server for tests, on real HTTP at 127.0.0.1 with a free port, written to the Bot API
 * documentation (https://core.telegram.org/bots/api) rather than to what a client library expects:
 * requests at {@code /bot<token>/<method>} (method names case-insensitive); every answer
 * {@code {"ok":true,"result":...}} or {@code {"ok":false,"error_code":...,"description":...}}; {@code getUpdates}
 * long-polls for {@code timeout} seconds, confirms every update below {@code offset} and forgets it, honours
 * {@code limit} and {@code allowed_updates}; dates are Unix seconds; {@code sendMessage} with
 * {@code parse_mode=HTML} refuses what Telegram's parser refuses, and texts over 4096 characters.
 * Tests play the users ({@link #userSends}) and read what the bot sent ({@link #awaitSent}); they can make
 * the next call of a method fail ({@link #failNext}) or hang until released ({@link #holdNext}).
 */
public final class FakeBotApi implements AutoCloseable {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> DEFAULT_UPDATES = Set.of("message", "edited_message", "channel_post", "edited_channel_post",
            "inline_query", "chosen_inline_result", "callback_query", "shipping_query", "pre_checkout_query", "poll", "poll_answer",
            "my_chat_member", "chat_join_request", "chat_boost", "removed_chat_boost");
    private static final Set<String> ACTIONS = Set.of("typing", "upload_photo", "record_video", "upload_video", "record_voice",
            "upload_voice", "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note");
    private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?");
    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9_])@[A-Za-z0-9_]{3,32}");

    /** A Telegram user. */
    public record User(long id, String firstName, String username) {
    }

    /** A chat: {@code type} is private, group, supergroup or channel. */
    public record Chat(long id, String type, String title) {
        public static Chat privateWith(User user) {
            return new Chat(user.id(), "private", user.firstName());
        }

        public static Chat group(long id, String title) {
            return new Chat(id, "supergroup", title);
        }

        public static Chat channel(long id, String title) {
            return new Chat(id, "channel", title);
        }
    }

    /** A message the bot sent, as the user sees it. */
    /**
     * @param at       when the fake accepted it (the bot may learn of it later, or never if it died meanwhile)
     * @param received when the request that sent it reached the fake
     */
    public record Sent(long chatId, int messageId, String html, String text, List<TelegramHtml.Entity> entities, Integer replyTo,
                       Integer threadId, java.time.Instant at, JsonNode replyMarkup, java.time.Instant received) {
        Sent receivedAt(java.time.Instant when) {
            return new Sent(chatId, messageId, html, text, entities, replyTo, threadId, at, replyMarkup, when);
        }

        /** The texts of the inline keyboard's buttons, row by row; empty when the message has none. */
        public List<List<String>> buttons() {
            return FakeBotApi.buttons(replyMarkup);
        }

        public List<String> links() {
            return entities.stream().filter(e -> e.type().equals("text_link")).map(TelegramHtml.Entity::url).toList();
        }
    }

    /** One Bot API call, recorded when it arrives. */
    public record Call(String method, JsonNode params) {
    }

    /** What a method answers, and the message it sent, if it sent one. */
    private record Answer(ObjectNode body, Sent sent) {
        Answer(ObjectNode body) {
            this(body, null);
        }
    }

    /** A call that is held until the test releases it. */
    public static final class Hold {
        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile boolean dropped;

        public void awaitEntered(Duration timeout) throws InterruptedException {
            if (!entered.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) throw new AssertionError("the held call never came");
        }

        public boolean entered() {
            return entered.getCount() == 0;
        }

        public void release() {
            released.countDown();
        }

        /** Lets the call go without serving it: the connection is closed with no answer, as when the client died mid-call. */
        public void drop() {
            dropped = true;
            released.countDown();
        }
    }

    private record Fault(int status, String body) {
    }

    private final String token;
    private final User bot;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-bot-api");
        t.setDaemon(true);
        return t;
    });
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<ObjectNode> updates = new ArrayDeque<>();
    private final Map<Long, Chat> chats = new HashMap<>();
    private final Map<Long, Integer> lastMessageId = new HashMap<>();
    private final Map<String, ObjectNode> messages = new HashMap<>();
    private final List<Sent> sent = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final Map<String, Deque<Hold>> holds = new HashMap<>();
    private final Set<Long> blocked = new HashSet<>();
    private final Map<String, Integer> drops = new HashMap<>();
    private final Map<Integer, ObjectNode> confirmed = new HashMap<>();
    private final Set<Integer> returned = new HashSet<>();
    private final Set<String> openQueries = new HashSet<>();
    private final Map<String, String> answeredQueries = new HashMap<>();
    private volatile boolean outage;
    private int nextUpdateId = 1;
    private long pollGeneration;
    private int pollConflicts;
    private Set<String> allowedUpdates = DEFAULT_UPDATES;
    private String webhookUrl = "";
    private String webhookSecret = "";
    private JsonNode commands = NODES.arrayNode();
    private boolean closed;

    public FakeBotApi(long botId, String botUsername, String token) throws IOException {
        this.token = token;
        this.bot = new User(botId, "Newsbot", botUsername);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public String token() {
        return token;
    }

    public User bot() {
        return bot;
    }

    // ---- the users' side -------------------------------------------------------------------------------------------

    /** A user writes a text message; returns its message_id. */
    public int userSends(Chat chat, User from, String text) {
        return deliver("message", chat, from, m -> text(m, text));
    }

    /** A user replies to a message (e.g. one of the bot's) with a text. */
    public int userReplies(Chat chat, User from, int toMessageId, String text) {
        return deliver("message", chat, from, m -> {
            text(m, text);
            ObjectNode original = messages.get(chat.id() + ":" + toMessageId);
            if (original == null) throw new IllegalArgumentException("no message " + toMessageId + " in chat " + chat.id());
            m.set("reply_to_message", original.deepCopy());
        });
    }

    /**
     * A user presses the inline button labelled {@code buttonText} under a message of the bot, as the keyboard is now: a
     * {@code callback_query} update carrying the button's {@code callback_data}. Returns the query's id.
     */
    public String userPresses(Chat chat, User from, int messageId, String buttonText) {
        lock.lock();
        try {
            ObjectNode m = messages.get(chat.id() + ":" + messageId);
            if (m == null) throw new IllegalArgumentException("no message " + messageId + " in chat " + chat.id());
            String data = null;
            for (JsonNode row : m.path("reply_markup").path("inline_keyboard")) {
                for (JsonNode b : row) if (b.path("text").asText().equals(buttonText)) data = b.path("callback_data").asText();
            }
            if (data == null) throw new IllegalArgumentException("message " + messageId + " has no button " + buttonText + ": " + buttons(m.path("reply_markup")));
            String id = Long.toString(4_000_000_000L + nextUpdateId);
            ObjectNode q = NODES.objectNode().put("id", id);
            q.set("from", user(from));
            q.set("message", m.deepCopy());
            q.put("chat_instance", Long.toString(-chat.id() * 31));
            q.put("data", data);
            openQueries.add(id);
            enqueue("callback_query", q);
            return id;
        } finally {
            lock.unlock();
        }
    }

    /** The buttons a message of the bot shows now (after any edits), row by row. */
    public List<List<String>> buttonsOf(long chatId, int messageId) {
        lock.lock();
        try {
            ObjectNode m = messages.get(chatId + ":" + messageId);
            return m == null ? List.of() : buttons(m.path("reply_markup"));
        } finally {
            lock.unlock();
        }
    }

    /** Waits until a message of the bot shows the given buttons (an edit arrived), and returns them. */
    public List<List<String>> awaitButtons(long chatId, int messageId, List<List<String>> expected, Duration timeout) throws InterruptedException {
        return awaitState(() -> {
            List<List<String>> now = buttonsOf(chatId, messageId);
            return now.equals(expected) ? now : null;
        }, timeout, () -> "message " + messageId + " shows " + buttonsOf(chatId, messageId) + ", not " + expected);
    }

    static List<List<String>> buttons(JsonNode markup) {
        List<List<String>> rows = new ArrayList<>();
        if (markup == null) return rows;
        for (JsonNode row : markup.path("inline_keyboard")) {
            List<String> texts = new ArrayList<>();
            row.forEach(b -> texts.add(b.path("text").asText()));
            rows.add(texts);
        }
        return rows;
    }

    public int userSendsSticker(Chat chat, User from) {
        return deliver("message", chat, from, m -> m.putObject("sticker").put("file_id", "CAACAgIAAxk").put("file_unique_id", "AgAD")
                .put("type", "regular").put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false));
    }

    public int userSendsPhoto(Chat chat, User from, String caption) {
        return deliver("message", chat, from, m -> {
            m.putArray("photo").addObject().put("file_id", "AgACAgIAAxk").put("file_unique_id", "AQAD").put("width", 90).put("height", 67);
            m.put("caption", caption);
        });
    }

    /** A user joins a group: a service message with {@code new_chat_members}. */
    public int userJoins(Chat group, User user) {
        return deliver("message", group, user, m -> m.putArray("new_chat_members").add(user(user)));
    }

    /** A user edits one of their messages: an {@code edited_message} update. */
    public int userEdits(Chat chat, User from, int messageId, String newText) {
        lock.lock();
        try {
            ObjectNode m = messages.get(chat.id() + ":" + messageId).deepCopy();
            text(m, newText);
            m.put("edit_date", now());
            enqueue("edited_message", m);
            return messageId;
        } finally {
            lock.unlock();
        }
    }

    /** A post in a channel where the bot is an admin: a {@code channel_post} with {@code sender_chat}, no {@code from}. */
    public int channelPost(Chat channel, String text) {
        return deliver("channel_post", channel, null, m -> {
            text(m, text);
            m.set("sender_chat", chat(channel));
        });
    }

    /** The bot's status in a chat changes: {@code my_chat_member} (e.g. "kicked" when a user blocks it). */
    public void botStatusChanges(Chat chat, User by, String oldStatus, String newStatus) {
        lock.lock();
        try {
            chats.put(chat.id(), chat);
            ObjectNode change = NODES.objectNode();
            change.set("chat", chat(chat));
            change.set("from", user(by));
            change.put("date", now());
            change.putObject("old_chat_member").put("status", oldStatus).set("user", user(bot));
            ObjectNode member = change.putObject("new_chat_member").put("status", newStatus);
            member.set("user", user(bot));
            if (newStatus.equals("kicked")) member.put("until_date", 0);
            enqueue("my_chat_member", change);
        } finally {
            lock.unlock();
        }
    }

    /** From now on, sending to the chat fails with 403, as after a user blocks the bot or a group removes it. */
    public void block(long chatId) {
        lock.lock();
        try {
            blocked.add(chatId);
        } finally {
            lock.unlock();
        }
    }

    // ---- faults -------------------------------------------------------------------------------------------------------

    /** The next call of the method gets this error instead of being served. */
    public void failNext(String method, int status, String description, Integer retryAfter) {
        ObjectNode body = NODES.objectNode().put("ok", false).put("error_code", status).put("description", description);
        if (retryAfter != null) body.putObject("parameters").put("retry_after", retryAfter);
        addFault(method, new Fault(status, body.toString()));
    }

    /** The next call gets 429 Too Many Requests with {@code retry_after}. */
    public void rateLimitNext(String method, int retryAfterSeconds) {
        failNext(method, 429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
    }

    /** The next call gets a 502 from a proxy in front of the API: an HTML page, not JSON. */
    public void badGatewayNext(String method) {
        addFault(method, new Fault(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"));
    }

    private void addFault(String method, Fault fault) {
        lock.lock();
        try {
            faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>()).add(fault);
        } finally {
            lock.unlock();
        }
    }

    /** The next {@code times} calls of the method are read and then left without an answer: the connection is closed. */
    public void dropNext(String method, int times) {
        lock.lock();
        try {
            drops.merge(method.toLowerCase(Locale.ROOT), times, Integer::sum);
        } finally {
            lock.unlock();
        }
    }

    /** While on, Telegram is unreachable: every call's connection is closed without an answer. */
    public void outage(boolean on) {
        outage = on;
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Update ids start again at the given number, as the Bot API may do after a week without updates ("the identifier
     * of the next update will be chosen randomly instead of sequentially").
     */
    public void restartUpdateIdsAt(int next) {
        lock.lock();
        try {
            nextUpdateId = next;
        } finally {
            lock.unlock();
        }
    }

    /** A confirmed update comes back, as after the bot confirmed it in a getUpdates it never saw answered. */
    public void unconfirm(int updateId) {
        lock.lock();
        try {
            ObjectNode u = confirmed.remove(updateId);
            if (u == null) throw new IllegalArgumentException("update " + updateId + " was not confirmed");
            updates.addFirst(u);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The next call of the method waits, before being served, until the test releases it. */
    public Hold holdNext(String method) {
        Hold hold = new Hold();
        lock.lock();
        try {
            holds.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>()).add(hold);
        } finally {
            lock.unlock();
        }
        return hold;
    }

    // ---- what the bot did --------------------------------------------------------------------------------------------

    /** Waits until the bot has sent {@code count} messages to the chat, and returns them. */
    public List<Sent> awaitSent(long chatId, int count, Duration timeout) throws InterruptedException {
        return awaitState(() -> sent(chatId).size() >= count ? sent(chatId) : null, timeout,
                () -> "waited for " + count + " messages to chat " + chatId + ", got " + sent(chatId));
    }

    /** Waits until a call of the method matching the test has been made, and returns it. */
    public Call awaitCall(String method, Predicate<Call> test, Duration timeout) throws InterruptedException {
        return awaitState(() -> calls(method).stream().filter(test).findFirst().orElse(null), timeout,
                () -> "waited for a matching " + method + " call; calls were " + calls(method));
    }

    /** Waits until a getUpdates has handed the update to the bot (whether or not the bot lived to read the answer). */
    public void awaitReturned(int updateId, Duration timeout) throws InterruptedException {
        awaitState(() -> returned.contains(updateId) ? Boolean.TRUE : null, timeout, () -> "update " + updateId + " was never handed out");
    }

    /** Waits until the method has been called {@code count} times, and returns the calls. */
    public List<Call> awaitCalls(String method, int count, Duration timeout) throws InterruptedException {
        return awaitState(() -> calls(method).size() >= count ? calls(method) : null, timeout,
                () -> "waited for " + count + " " + method + " calls; calls were " + calls(method));
    }

    private <T> T awaitState(java.util.function.Supplier<T> state, Duration timeout, java.util.function.Supplier<String> failure)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                T value = state.get();
                if (value != null) return value;
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new AssertionError(failure.get());
                changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    public List<Sent> sent(long chatId) {
        lock.lock();
        try {
            return sent.stream().filter(s -> s.chatId() == chatId).toList();
        } finally {
            lock.unlock();
        }
    }

    public List<Sent> sent() {
        lock.lock();
        try {
            return List.copyOf(sent);
        } finally {
            lock.unlock();
        }
    }

    public List<Call> calls(String method) {
        lock.lock();
        try {
            return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
        } finally {
            lock.unlock();
        }
    }

    /** Calls and test notes in the order they happened, e.g. "sendmessage 429", "pause PT2S", "sendmessage 200". */
    public List<String> events() {
        lock.lock();
        try {
            return List.copyOf(events);
        } finally {
            lock.unlock();
        }
    }

    public void note(String event) {
        lock.lock();
        try {
            events.add(event);
        } finally {
            lock.unlock();
        }
    }

    public JsonNode commands() {
        lock.lock();
        try {
            return commands;
        } finally {
            lock.unlock();
        }
    }

    /** The id of the newest update so far. */
    public int lastUpdateId() {
        lock.lock();
        try {
            return nextUpdateId - 1;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the queued updates as the JSON bodies Telegram would POST to a webhook, one per update.
     */
    public List<String> pushUpdates() {
        lock.lock();
        try {
            List<String> bodies = updates.stream().map(ObjectNode::toString).toList();
            updates.clear();
            return bodies;
        } finally {
            lock.unlock();
        }
    }

    /** How many waiting getUpdates calls a newer one ended with 409 Conflict. */
    public int pollConflicts() {
        lock.lock();
        try {
            return pollConflicts;
        } finally {
            lock.unlock();
        }
    }

    /** Updates not yet confirmed by a getUpdates offset. */
    public int pendingUpdates() {
        lock.lock();
        try {
            return updates.size();
        } finally {
            lock.unlock();
        }
    }

    // ---- serving -----------------------------------------------------------------------------------------------------

    private void serve(HttpExchange exchange) throws IOException {
        java.time.Instant arrived = java.time.Instant.now();
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            if (!path.startsWith("/bot") || path.indexOf('/', 1) < 0) {
                respond(exchange, 404, error(404, "Not Found").toString());
                return;
            }
            if (!path.startsWith(prefix)) {
                respond(exchange, 401, error(401, "Unauthorized").toString());
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            ObjectNode params;
            try {
                params = ApiRequest.read(exchange);
            } catch (IOException e) {
                respond(exchange, 400, error(400, "Bad Request: can't parse request JSON object").toString());
                return;
            }
            lock.lock();
            try {
                calls.add(new Call(method, params));
                changed.signalAll();
            } finally {
                lock.unlock();
            }
            if (outage || takeDrop(method) || !awaitHold(method)) {
                // No answer at all: the client sees the connection end, as when Telegram or the network is down.
                lock.lock();
                try {
                    events.add(method + " dropped");
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
                return;
            }
            Fault fault = takeFault(method);
            Answer answer = fault == null ? answer(method, params) : null;
            int status = fault != null ? fault.status() : answer.body().path("ok").asBoolean() ? 200 : answer.body().path("error_code").asInt(500);
            lock.lock();
            try {
                events.add(method + " " + status);
                if (answer != null && answer.sent() != null) sent.add(answer.sent().receivedAt(arrived));
                changed.signalAll();
            } finally {
                lock.unlock();
            }
            respond(exchange, status, fault != null ? fault.body() : answer.body().toString());
        }
    }

    /** Waits out a hold on the method, if any; false when the held call was dropped. */
    private boolean awaitHold(String method) {
        Hold hold;
        lock.lock();
        try {
            Deque<Hold> q = holds.get(method);
            hold = q == null ? null : q.poll();
        } finally {
            lock.unlock();
        }
        if (hold == null) return true;
        hold.entered.countDown();
        try {
            if (!hold.released.await(120, TimeUnit.SECONDS)) throw new AssertionError("a held " + method + " was never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !hold.dropped;
    }

    private boolean takeDrop(String method) {
        lock.lock();
        try {
            Integer n = drops.get(method);
            if (n == null || n <= 0) return false;
            drops.put(method, n - 1);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private Fault takeFault(String method) {
        lock.lock();
        try {
            Deque<Fault> q = faults.get(method);
            return q == null ? null : q.poll();
        } finally {
            lock.unlock();
        }
    }

    private Answer answer(String method, ObjectNode p) {
        if (method.equals("sendmessage")) return sendMessage(p);
        return new Answer(switch (method) {
            case "getme" -> ok(user(bot).put("can_join_groups", true).put("can_read_all_group_messages", false)
                    .put("supports_inline_queries", false));
            case "getupdates" -> getUpdates(p);
            case "deletewebhook" -> setWebhook("", "");
            case "setwebhook" -> p.path("url").asText().isEmpty() ? error(400, "Bad Request: bad webhook: URL must be provided")
                    : setWebhook(p.path("url").asText(), p.path("secret_token").asText(""), p.path("allowed_updates"));
            case "setmycommands" -> setMyCommands(p);
            case "sendchataction" -> sendChatAction(p);
            case "answercallbackquery" -> answerCallbackQuery(p);
            case "editmessagereplymarkup" -> editMessageReplyMarkup(p);
            default -> error(404, "Not Found");
        });
    }

    private ObjectNode setWebhook(String url, String secret, JsonNode... allowed) {
        lock.lock();
        try {
            webhookUrl = url;
            webhookSecret = secret;
            if (allowed.length > 0) allowed(allowed[0]);
            return ok(NODES.booleanNode(true));
        } finally {
            lock.unlock();
        }
    }

    public String webhookSecret() {
        lock.lock();
        try {
            return webhookSecret;
        } finally {
            lock.unlock();
        }
    }

    private void allowed(JsonNode list) {
        if (list == null || !list.isArray()) return;
        Set<String> types = new HashSet<>();
        list.forEach(n -> types.add(n.asText()));
        allowedUpdates = types.isEmpty() ? DEFAULT_UPDATES : types;
    }

    private ObjectNode getUpdates(ObjectNode p) {
        long offset = p.path("offset").asLong(0);
        int limit = p.has("limit") ? p.path("limit").asInt() : 100;
        if (limit < 1 || limit > 100) limit = 100;
        long timeout = Math.max(0, p.path("timeout").asLong(0));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
        lock.lock();
        try {
            if (!webhookUrl.isEmpty()) {
                return error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }
            allowed(p.get("allowed_updates"));
            if (offset > 0) {
                // Confirmed: Telegram forgets them (kept here only so that a test can bring one back).
                for (Iterator<ObjectNode> it = updates.iterator(); it.hasNext(); ) {
                    ObjectNode u = it.next();
                    if (u.path("update_id").asLong() < offset) {
                        confirmed.put(u.path("update_id").asInt(), u);
                        it.remove();
                    }
                }
            }
            // As Telegram does: a newer getUpdates ends the one still waiting with 409 (two instances polling one bot).
            long mine = ++pollGeneration;
            changed.signalAll();
            while (true) {
                if (pollGeneration != mine) {
                    pollConflicts++;
                    return error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                }
                updates.removeIf(u -> !allowedUpdates.contains(type(u)));
                ArrayNode result = NODES.arrayNode();
                for (ObjectNode u : updates) {
                    if (result.size() >= limit) break;
                    result.add(u);
                }
                long left = deadline - System.nanoTime();
                if (!result.isEmpty() || left <= 0 || closed || outage) {
                    result.forEach(u -> returned.add(u.path("update_id").asInt()));
                    changed.signalAll();
                    return ok(result);
                }
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ok(NODES.arrayNode());
        } finally {
            lock.unlock();
        }
    }

    private ObjectNode setMyCommands(ObjectNode p) {
        JsonNode list = p.path("commands");
        if (!list.isArray()) return error(400, "Bad Request: parameter \"commands\" is required");
        if (list.size() > 100) return error(400, "Bad Request: too many commands");
        for (JsonNode c : list) {
            if (!c.path("command").asText().matches("[a-z0-9_]{1,32}")) return error(400, "Bad Request: BOT_COMMAND_INVALID");
            int d = c.path("description").asText().length();
            if (d < 1 || d > 256) return error(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
        }
        lock.lock();
        try {
            commands = list;
        } finally {
            lock.unlock();
        }
        return ok(NODES.booleanNode(true));
    }

    private ObjectNode sendChatAction(ObjectNode p) {
        lock.lock();
        try {
            Chat chat = chats.get(p.path("chat_id").asLong());
            if (chat == null) return error(400, "Bad Request: chat not found");
            if (blocked.contains(chat.id())) return forbidden(chat);
            if (!ACTIONS.contains(p.path("action").asText())) return error(400, "Bad Request: wrong parameter action in request");
            return ok(NODES.booleanNode(true));
        } finally {
            lock.unlock();
        }
    }

    private Answer sendMessage(ObjectNode p) {
        if (!p.hasNonNull("text")) return new Answer(error(400, "Bad Request: message text is empty"));
        String html = p.path("text").asText();
        String mode = p.path("parse_mode").asText("");
        TelegramHtml.Parsed parsed;
        if (mode.equalsIgnoreCase("HTML")) {
            try {
                parsed = TelegramHtml.parse(html);
            } catch (TelegramHtml.BadHtml e) {
                return new Answer(error(400, e.getMessage()));
            }
        } else if (mode.isEmpty()) {
            parsed = new TelegramHtml.Parsed(html, List.of());
        } else {
            return new Answer(error(400, "Bad Request: unsupported parse_mode in this fake: " + mode));
        }
        if (parsed.text().strip().isEmpty()) return new Answer(error(400, "Bad Request: message text is empty"));
        if (parsed.text().length() > 4096) return new Answer(error(400, "Bad Request: message is too long"));
        JsonNode markup = p.get("reply_markup");
        String markupProblem = markupProblem(markup);
        if (markupProblem != null) return new Answer(error(400, markupProblem));
        lock.lock();
        try {
            Chat chat = chats.get(p.path("chat_id").asLong());
            if (chat == null) return new Answer(error(400, "Bad Request: chat not found"));
            if (blocked.contains(chat.id())) return new Answer(forbidden(chat));
            JsonNode reply = p.path("reply_parameters");
            Integer replyTo = reply.has("message_id") ? Integer.valueOf(reply.path("message_id").asInt())
                    : p.has("reply_to_message_id") ? Integer.valueOf(p.path("reply_to_message_id").asInt()) : null;
            boolean withoutReply = reply.path("allow_sending_without_reply").asBoolean(p.path("allow_sending_without_reply").asBoolean(false));
            if (replyTo != null && !messages.containsKey(chat.id() + ":" + replyTo) && !withoutReply) {
                return new Answer(error(400, "Bad Request: message to be replied not found"));
            }
            Integer thread = p.has("message_thread_id") ? Integer.valueOf(p.path("message_thread_id").asInt()) : null;
            ObjectNode m = message(chat, bot);
            m.put("text", parsed.text());
            ArrayNode entities = m.putArray("entities");
            for (TelegramHtml.Entity e : parsed.entities()) {
                ObjectNode en = entities.addObject().put("type", e.type()).put("offset", e.offset()).put("length", e.length());
                if (e.url() != null) en.put("url", e.url());
            }
            if (replyTo != null && messages.containsKey(chat.id() + ":" + replyTo)) m.set("reply_to_message", messages.get(chat.id() + ":" + replyTo));
            if (markup != null) m.set("reply_markup", markup.deepCopy());
            int id = m.path("message_id").asInt();
            messages.put(chat.id() + ":" + id, m);
            return new Answer(ok(m), new Sent(chat.id(), id, html, parsed.text(), parsed.entities(), replyTo, thread,
                    java.time.Instant.now(), markup, null));
        } finally {
            lock.unlock();
        }
    }

    /** What Telegram checks of an inline keyboard: rows of buttons, each with a text and 1-64 bytes of callback_data. */
    private static String markupProblem(JsonNode markup) {
        if (markup == null || markup.isNull()) return null;
        if (!markup.has("inline_keyboard")) return null; // other keyboard kinds are not modelled; the bot sends none
        JsonNode rows = markup.path("inline_keyboard");
        if (!rows.isArray()) return "Bad Request: field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array";
        for (JsonNode row : rows) {
            if (!row.isArray()) return "Bad Request: field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays";
            for (JsonNode b : row) {
                if (b.path("text").asText("").isEmpty()) return "Bad Request: text buttons are unallowed in the inline keyboard";
                int bytes = b.path("callback_data").asText("").getBytes(StandardCharsets.UTF_8).length;
                if (!b.has("callback_data") || bytes < 1 || bytes > 64) return "Bad Request: BUTTON_DATA_INVALID";
            }
        }
        return null;
    }

    private ObjectNode answerCallbackQuery(ObjectNode p) {
        lock.lock();
        try {
            String id = p.path("callback_query_id").asText("");
            if (!openQueries.remove(id)) {
                return error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
            }
            if (p.path("text").asText("").length() > 200) return error(400, "Bad Request: MESSAGE_TOO_LONG");
            answeredQueries.put(id, p.path("text").asText(""));
            changed.signalAll();
            return ok(NODES.booleanNode(true));
        } finally {
            lock.unlock();
        }
    }

    private ObjectNode editMessageReplyMarkup(ObjectNode p) {
        String problem = markupProblem(p.get("reply_markup"));
        if (problem != null) return error(400, problem);
        lock.lock();
        try {
            ObjectNode m = messages.get(p.path("chat_id").asLong() + ":" + p.path("message_id").asInt());
            if (m == null) return error(400, "Bad Request: message to edit not found");
            if (m.path("from").path("id").asLong() != bot.id()) return error(400, "Bad Request: message can't be edited");
            JsonNode now = m.path("reply_markup");
            JsonNode next = p.has("reply_markup") ? p.get("reply_markup") : NODES.missingNode();
            if (now.equals(next)) {
                return error(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same"
                        + " as a current content and reply markup of the message");
            }
            if (next.isMissingNode()) m.remove("reply_markup");
            else m.set("reply_markup", next.deepCopy());
            changed.signalAll();
            return ok(m.deepCopy());
        } finally {
            lock.unlock();
        }
    }

    /** The toast the bot answered a callback query with; waits for it. */
    public String awaitCallbackAnswer(String queryId, Duration timeout) throws InterruptedException {
        return awaitState(() -> {
            lock.lock();
            try {
                return answeredQueries.get(queryId);
            } finally {
                lock.unlock();
            }
        }, timeout, () -> "callback query " + queryId + " was not answered");
    }

    private ObjectNode forbidden(Chat chat) {
        return error(403, chat.type().equals("private") ? "Forbidden: bot was blocked by the user"
                : "Forbidden: bot was kicked from the " + (chat.type().equals("channel") ? "channel" : "supergroup") + " chat");
    }

    // ---- building updates --------------------------------------------------------------------------------------------

    private int deliver(String type, Chat chat, User from, java.util.function.Consumer<ObjectNode> fill) {
        lock.lock();
        try {
            chats.put(chat.id(), chat);
            ObjectNode m = message(chat, from);
            fill.accept(m);
            int id = m.path("message_id").asInt();
            messages.put(chat.id() + ":" + id, m);
            enqueue(type, m);
            return id;
        } finally {
            lock.unlock();
        }
    }

    private void enqueue(String type, ObjectNode payload) {
        ObjectNode update = NODES.objectNode().put("update_id", nextUpdateId++);
        update.set(type, payload);
        updates.add(update);
        changed.signalAll();
    }

    private ObjectNode message(Chat chat, User from) {
        int id = lastMessageId.merge(chat.id(), 1, Integer::sum);
        ObjectNode m = NODES.objectNode().put("message_id", id);
        if (from != null) m.set("from", user(from));
        m.set("chat", chat(chat));
        m.put("date", now());
        return m;
    }

    /** Text with the entities Telegram's server adds: a bot_command at the start, and @mentions. */
    private static void text(ObjectNode m, String text) {
        m.put("text", text);
        ArrayNode entities = NODES.arrayNode();
        Matcher c = COMMAND.matcher(text);
        if (c.lookingAt()) entities.addObject().put("type", "bot_command").put("offset", 0).put("length", c.end());
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            entities.addObject().put("type", "mention").put("offset", mention.start()).put("length", mention.end() - mention.start());
        }
        if (!entities.isEmpty()) m.set("entities", entities);
    }

    private ObjectNode user(User u) {
        ObjectNode n = NODES.objectNode().put("id", u.id()).put("is_bot", u.id() == bot.id()).put("first_name", u.firstName());
        if (u.username() != null) n.put("username", u.username());
        return n;
    }

    private static ObjectNode chat(Chat c) {
        ObjectNode n = NODES.objectNode().put("id", c.id()).put("type", c.type());
        if (c.type().equals("private")) n.put("first_name", c.title());
        else n.put("title", c.title());
        return n;
    }

    private static String type(ObjectNode update) {
        Iterator<String> names = update.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!n.equals("update_id")) return n;
        }
        return "";
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static ObjectNode ok(JsonNode result) {
        ObjectNode n = NODES.objectNode().put("ok", true);
        n.set("result", result);
        return n;
    }

    private static ObjectNode error(int code, String description) {
        return NODES.objectNode().put("ok", false).put("error_code", code).put("description", description);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("<") ? "text/html" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        server.stop(0);
        executor.shutdownNow();
    }
}
