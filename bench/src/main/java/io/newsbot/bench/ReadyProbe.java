package io.newsbot.bench;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Sender;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * Start-up to "ready" split into its parts, in a fresh JVM on an existing data directory: the CPU the process spent
 * until the core is open (the figure to compare on a shared machine), then loading the embedding model (which the core
 * defers to first use) and the first answer. One line per run; see docs/benchmarks.md, "Jar and start-up".
 *
 * <pre>java -cp "bench/target/newsbot-bench.jar:bench/target/lib/*" io.newsbot.bench.ReadyProbe DATA_DIR</pre>
 */
public final class ReadyProbe {
    private ReadyProbe() {
    }

    public static void main(String[] args) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        try (NewsbotCore core = NewsbotCore.open(CoreSettings.defaults(Path.of(args[0])), Clock.systemUTC())) {
            long c1 = os.getProcessCpuTime(), t1 = System.nanoTime();
            long ready = System.currentTimeMillis() - jvmStart;
            core.embedder().load();
            long c2 = os.getProcessCpuTime(), t2 = System.nanoTime();
            core.bot().handle(new InboundMessage(new ChatRef("console", "local", ChatType.PRIVATE), new Sender("console", "you", "you"),
                    "What did Lavrov say?", null, Instant.now())).orElseThrow();
            long c3 = os.getProcessCpuTime(), t3 = System.nanoTime();
            System.out.printf("jvm_to_ready_ms %d cpu_to_ready_ms %.0f open_ms %.0f model_load_ms %.0f (cpu %.0f) first_answer_ms %.0f (cpu %.0f)%n",
                    ready, c1 / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (c2 - c1) / 1e6, (t3 - t2) / 1e6, (c3 - c2) / 1e6);
        }
    }
}
