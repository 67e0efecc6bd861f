package io.newsbot.launcher.console;

import io.newsbot.ingest.Ingestor;
import java.io.PrintStream;

/** A one-line progress bar on a terminal for ingests of more than a handful of articles; silent otherwise. */
public final class ProgressBar implements Ingestor.Progress {
    private static final int WIDTH = 30;
    private static final int HANDFUL = 5;
    private final PrintStream out;
    private final boolean terminal;
    private int lastShown = -1;

    public ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void update(int done, int total) {
        if (!terminal || total <= HANDFUL) return;
        int filled = (int) ((long) done * WIDTH / total);
        int percent = (int) ((long) done * 100 / total);
        if (percent == lastShown && done != total) return;
        lastShown = percent;
        out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " articles");
        if (done == total) out.println();
        out.flush();
    }
}
