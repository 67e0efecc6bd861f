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
        return String.format("Measured %s on %d shared cores (%s), load average %.1f at the start and %.1f at the end: other "
                + "helpers' builds ran at the same time, so timings are noisy and slower than on an idle machine.", date, cores, java,
                loadAtStart, load());
    }
}
