package io.newsbot.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.store.jdbc.Database;
import io.newsbot.testing.LocalWebServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost when the process dies: the built jar runs the console chat on the embedded store,
 * admin changes ({@code /admin grant|revoke}) and ingests ({@code /admin add-source} of a local page) are piped in one
 * at a time, and the process is killed with SIGKILL at random points, sometimes right after an acknowledgement and
 * sometimes with a change in flight. After the last round every acknowledged change must be in the store; a change
 * in flight at a kill may or may not be. Counts and seed: {@code -Dnewsbot.fault.changes=N} (of each kind, default 20),
 * {@code -Dnewsbot.fault.kills=N} (default 4), {@code -Dnewsbot.fault.seed=S}; docs/benchmarks.md has a full run.
 */
class StoreFaultJarIT {
    static final long STARTUP_SECONDS = 180;
    static final long REPLY_SECONDS = 120;
    static final Pattern ADMIN_ACK = Pattern.compile("(telegram:\\d+) is (now an admin|already an admin|no longer an admin|not an admin)\\.");
    static final Pattern SOURCE_ACK = Pattern.compile("Added source #\\d+ and took in (\\d+) new article");

    @TempDir
    Path home;

    /** One change: an admin grant or revoke of a user, or the ingest of one page. */
    record Change(String command, String user, boolean grant, String page) {
    }

    /** The running jar, its piped input, and its output lines as they come. */
    static final class Bot implements AutoCloseable {
        final Process process;
        final Writer in;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        Bot(Path jar, Path home) throws IOException {
            ProcessBuilder run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                    "--no-demo").directory(home.toFile()).redirectErrorStream(true);
            run.environment().keySet().removeIf(k -> k.startsWith("NEWSBOT_"));
            run.environment().put("NEWSBOT_DATA_DIR", home.resolve("data").toString());
            run.environment().put("NEWSBOT_FETCH_ALLOW_PRIVATE_ADDRESSES", "true");
            process = run.start();
            in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) lines.add(line);
                } catch (IOException e) {
                    lines.add("<output closed: " + e.getMessage() + ">");
                }
            }, "fault-test-reader");
            reader.setDaemon(true);
            reader.start();
            await(Pattern.compile("newsbot: \\d+ articles, ready"), STARTUP_SECONDS);
        }

        void send(String line) throws IOException {
            in.write(line + "\n");
            in.flush();
        }

        Matcher await(Pattern pattern, long seconds) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            try {
                while (true) {
                    String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (line == null) throw new AssertionError("no line matching " + pattern + " within " + seconds + " s");
                    Matcher m = pattern.matcher(line);
                    if (m.find()) return m;
                    if (line.contains("Exception") || line.contains("I did not add it")) throw new AssertionError("the bot said: " + line);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the store
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        @Override
        public void close() throws Exception {
            if (process.isAlive()) {
                in.close(); // end of input: the console chat stops and closes the store cleanly
                if (!process.waitFor(60, TimeUnit.SECONDS)) kill();
            }
        }
    }

    @Test
    void every_acknowledged_change_survives_kill_9_at_random_points() throws Exception {
        int changes = Integer.getInteger("newsbot.fault.changes", 20);
        int kills = Integer.getInteger("newsbot.fault.kills", 4);
        long seed = Long.getLong("newsbot.fault.seed", new Random().nextLong());
        System.out.println("StoreFaultJarIT seed " + seed + " (-Dnewsbot.fault.seed=" + seed + " repeats this run), " + changes
                + " admin changes, " + changes + " ingests, " + kills + " kills");
        Random random = new Random(seed);
        Path jar = Path.of(System.getProperty("newsbot.jar", "target/newsbot.jar")).toAbsolutePath();
        assertThat(jar).as("built by mvn package").exists();

        try (LocalWebServer web = new LocalWebServer()) {
            List<Change> plan = plan(changes, random, web);
            Set<Integer> killAfter = new HashSet<>();
            while (killAfter.size() < Math.min(kills, plan.size() - 1)) killAfter.add(1 + random.nextInt(plan.size() - 1));

            Map<String, Boolean> admins = new HashMap<>(); // acknowledged state per user
            Set<String> uncertainUsers = new HashSet<>(); // users whose change was in flight at a kill, unacknowledged since
            Set<String> ingested = new HashSet<>();
            Set<String> uncertainPages = new HashSet<>();
            int acknowledged = 0;
            int inFlightAtKill = 0;
            int next = 0;
            int rounds = 0;
            while (next < plan.size()) {
                rounds++;
                try (Bot bot = new Bot(jar, home)) {
                    while (next < plan.size()) {
                        Change c = plan.get(next++);
                        bot.send(c.command());
                        if (killAfter.contains(next) && random.nextBoolean()) {
                            // Killed with this change in flight: it may or may not have been made.
                            if (c.user() != null) uncertainUsers.add(c.user());
                            else uncertainPages.add(c.page());
                            inFlightAtKill++;
                            System.out.println("  " + c.command() + " -> SIGKILL in flight");
                            bot.kill();
                            break;
                        }
                        if (c.user() != null) {
                            Matcher ack = bot.await(ADMIN_ACK, REPLY_SECONDS);
                            System.out.println("  " + c.command() + " -> " + ack.group());
                            assertThat(ack.group(1)).isEqualTo(c.user());
                            admins.put(c.user(), c.grant());
                            uncertainUsers.remove(c.user());
                        } else {
                            assertThat(bot.await(SOURCE_ACK, REPLY_SECONDS).group(1)).isEqualTo("1");
                            ingested.add(c.page());
                        }
                        acknowledged++;
                        if (killAfter.contains(next)) {
                            System.out.println("  SIGKILL after " + c.command());
                            bot.kill(); // right after an acknowledgement
                            break;
                        }
                    }
                }
            }
            System.out.println("StoreFaultJarIT: " + rounds + " runs of the jar, " + killAfter.size() + " SIGKILLs (" + inFlightAtKill
                    + " with a change in flight), " + acknowledged + " changes acknowledged");

            try (Database db = Database.openH2(home.resolve("data"))) {
                Set<String> storedAdmins = strings(db, "select platform || ':' || user_id from admins");
                Set<String> storedPages = strings(db, "select locator from articles");
                for (Map.Entry<String, Boolean> e : admins.entrySet()) {
                    if (uncertainUsers.contains(e.getKey())) continue;
                    assertThat(storedAdmins.contains(e.getKey())).as("acknowledged %s of %s", e.getValue() ? "grant" : "revoke", e.getKey())
                            .isEqualTo(e.getValue());
                }
                assertThat(storedPages).containsAll(ingested);
                Set<String> unexpected = new HashSet<>(storedPages);
                unexpected.removeAll(ingested);
                unexpected.removeAll(uncertainPages);
                assertThat(unexpected).as("pages stored that were never sent").isEmpty();
            }
        }
    }

    private static Set<String> strings(Database db, String sql) throws Exception {
        Set<String> out = new HashSet<>();
        try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    /** Admin changes over a few users (each a grant or revoke that flips the last acknowledged state) and ingests, shuffled. */
    private static List<Change> plan(int changes, Random random, LocalWebServer web) {
        List<Change> plan = new ArrayList<>();
        Map<String, Boolean> planned = new HashMap<>();
        for (int i = 0; i < changes; i++) {
            String user = "telegram:" + (7000 + random.nextInt(Math.max(2, changes / 4)));
            boolean grant = !planned.getOrDefault(user, false);
            planned.put(user, grant);
            plan.add(new Change("/admin " + (grant ? "grant " : "revoke ") + user, user, grant, null));
        }
        List<Change> ingests = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            String path = "/news/" + i + ".html";
            web.text(path, "text/html; charset=utf-8", page(i));
            ingests.add(new Change("/admin add-source " + web.url(path), null, false, web.url(path)));
        }
        // Interleave the ingests at random places while keeping each user's changes in order.
        for (Change c : ingests) plan.add(random.nextInt(plan.size() + 1), c);
        return Collections.unmodifiableList(plan);
    }

    private static String page(int i) {
        return "<html><head><title>Council vote number " + i + "</title></head><body><article><h1>Council vote number " + i + "</h1>"
                + "<p>The town council met on evening " + i + " and voted on plan " + i + " for the harbour, the mayor said afterwards.</p>"
                + "<p>\"We will finish plan " + i + " before the winter,\" she told reporters, while critics said it costs too much.</p>"
                + "</article></body></html>";
    }
}
