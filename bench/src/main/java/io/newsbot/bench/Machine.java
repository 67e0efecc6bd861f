package io.newsbot.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Where and when figures were measured, for the report. */
record Machine(LocalDate date, int cores, double loadAtStart, String java) {
    static Machine now() {
        return new Machine(LocalDate.now(ZoneOffset.UTC), Runtime.getRuntime().availableProcessors(), load(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    String note() {
        double end = load();
        String load = String.format("load average %.1f at the start and %.1f at the end", loadAtStart, end);
        String busy = Math.max(loadAtStart, end) < cores
                ? "the machine was not saturated, but other helpers' builds may have run in between, so timings are noisy."
                : "other helpers' builds ran at the same time, so timings are noisy and slower than on an idle machine.";
        return String.format("Measured %s on %d shared cores (%s), %s: %s", date, cores, java, load, busy);
    }
}
