package org.scholargraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Samples the heap on a daemon thread while a run goes on: the peak of heap in use (garbage
 * included, what the collector let pile up) and the peak left after collections (the live data,
 * what a streaming ingest must keep flat). RSS comes from the kernel's high-water mark.
 */
final class HeapWatch implements AutoCloseable {
    private static final long MB = 1024 * 1024;
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakAfterGc;

    HeapWatch() {
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long afterGc = heapPools.stream().map(MemoryPoolMXBean::getCollectionUsage)
                    .filter(u -> u != null).mapToLong(MemoryUsage::getUsed).sum();
            peakUsed = Math.max(peakUsed, used);
            peakAfterGc = Math.max(peakAfterGc, afterGc);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    double peakUsedMb() {
        return (double) peakUsed / MB;
    }

    double peakAfterGcMb() {
        return (double) peakAfterGc / MB;
    }

    /** VmHWM of this process in MB, or -1 where /proc is not there. */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
