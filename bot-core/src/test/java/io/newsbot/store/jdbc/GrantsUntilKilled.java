package io.newsbot.store.jdbc;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A child process for {@link KilledStoreTest}: opens the store, grants admin to users one by one and prints an
 * acknowledgement after each commit, then waits to be killed.
 */
public final class GrantsUntilKilled {
    private GrantsUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Database.Durability durability = Database.Durability.valueOf(args[1]);
        int count = Integer.parseInt(args[2]);
        PrintStream out = System.out;
        Database db = Database.openH2(dir, durability);
        JdbcAdminStore admins = new JdbcAdminStore(db);
        for (int i = 1; i <= count; i++) {
            admins.grant("test:" + i, "console:local-user", Instant.now());
            out.println("acknowledged " + i);
            out.flush();
        }
        // Stay alive with the store open until the parent kills this process.
        System.in.read();
    }
}
