package io.newsbot.launcher.cli;

import io.newsbot.app.StoreSettings;
import io.newsbot.launcher.config.ConfigException;
import io.newsbot.launcher.config.Secrets;
import io.newsbot.store.jdbc.Database;
import io.newsbot.store.jdbc.StoreCopy;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsbot migrate}: copies an embedded (H2) deployment into a PostgreSQL database, checking counts. */
@Command(name = "migrate", description = {"Copy an embedded store into PostgreSQL, table by table, and check the row counts.",
        "Credentials come from NEWSBOT_POSTGRES_USER and NEWSBOT_POSTGRES_PASSWORD. Stop the bot using the data directory first.",
        "The search index is not copied: the first newsbot started on PostgreSQL indexes the articles."})
public final class MigrateCli implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "h2:DIR", description = "the data directory of the embedded store, e.g. h2:./data")
    String from;

    @Option(names = "--to", required = true, paramLabel = "postgres:URL",
            description = "the target database, e.g. postgres:jdbc:postgresql://db.example.com:5432/newsbot (empty or new)")
    String to;

    private final Map<String, String> env;
    private final PrintStream out;

    public MigrateCli() {
        this(System.getenv(), System.out);
    }

    MigrateCli(Map<String, String> env, PrintStream out) {
        this.env = env;
        this.out = out;
    }

    @Override
    public Integer call() {
        StoreSettings target = target(to, Secrets.fromEnvironment(env));
        Path dataDir = source(from);
        try (Database source = Database.openH2(dataDir); Database destination = target.open(dataDir)) {
            List<StoreCopy.TableCount> counts = new StoreCopy(source, destination)
                    .copy(c -> out.printf("  %-20s %8d rows%n", c.table(), c.target()));
            List<StoreCopy.TableCount> wrong = counts.stream().filter(c -> !c.matches()).toList();
            if (!wrong.isEmpty()) {
                wrong.forEach(c -> out.printf("MISMATCH %s: %d rows in the source, %d in PostgreSQL%n", c.table(), c.source(), c.target()));
                return 1;
            }
            long rows = counts.stream().mapToLong(StoreCopy.TableCount::target).sum();
            out.printf("Copied %d tables (%d rows); every count matches. Start newsbot with store: postgres to index the articles.%n",
                    counts.size(), rows);
            return 0;
        }
    }

    private static Path source(String from) {
        if (!from.startsWith("h2:")) throw new ConfigException("--from must look like h2:DIR, the data directory of an embedded newsbot.");
        Path dir = Path.of(from.substring(3));
        if (!Files.isRegularFile(dir.resolve("newsbot.mv.db"))) {
            throw new ConfigException("--from " + from + ": there is no newsbot store (newsbot.mv.db) in " + dir.toAbsolutePath() + ".");
        }
        return dir;
    }

    private static StoreSettings target(String to, Secrets secrets) {
        if (!to.startsWith("postgres:")) throw new ConfigException("--to must look like postgres:jdbc:postgresql://HOST:PORT/DB.");
        String url = to.substring("postgres:".length());
        if (url.startsWith("postgresql://")) url = "jdbc:" + url;
        if (!url.startsWith("jdbc:postgresql://")) throw new ConfigException("--to must look like postgres:jdbc:postgresql://HOST:PORT/DB.");
        return StoreSettings.postgres(url, secrets.postgresUser(), secrets.postgresPassword());
    }
}
