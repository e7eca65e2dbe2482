package uk.skillsplan.testing;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Small tools for the opt-in benchmarks (tag {@code benchmark}; see docs/benchmarks.md): timing
 * statistics, heap measurement through {@code java.lang.management}, a discarding output stream,
 * and a results file. Every result line carries the machine's load average at that moment,
 * because the benchmark machine may be shared.
 */
public final class Benchmarks {

    /** Each result is appended here as well as printed, so that a run leaves a record behind. */
    public static final Path RESULTS = Path.of("target", "benchmark-results.txt");
    private static final double NANOS_PER_MILLI = 1_000_000.0;
    private static final long MEGABYTE = 1024 * 1024;

    private Benchmarks() {
    }

    /** Prints a result line (prefixed with time and load average) and appends it to {@link #RESULTS}. */
    public static void report(String format, Object... args) {
        String line = String.format(Locale.ROOT, "%s [load %s] %s",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")), loadAverage(),
                String.format(Locale.ROOT, format, args));
        System.out.println("BENCHMARK " + line);
        try {
            Files.createDirectories(RESULTS.getParent());
            Files.writeString(RESULTS, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1, 5 and 15 minute load averages (from /proc/loadavg where there is one). */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The JVM and its settings, for the report's header. */
    public static String jvm() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "java %s (%s), %d processors, max heap %d MB, GC %s, flags %s",
                System.getProperty("java.version"), System.getProperty("java.vm.name"), runtime.availableProcessors(),
                runtime.maxMemory() / MEGABYTE,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining("/")),
                ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X"))
                        .collect(Collectors.joining(" ")));
    }

    /**
     * Times {@code work} {@code repeats} times after one warm-up; {@code before} (untimed, may be null) runs before the
     * warm-up and before each timed call.
     */
    public static Stats time(int repeats, Runnable before, Supplier<?> work) {
        if (before != null) {
            before.run();
        }
        work.get(); // warm-up
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            if (before != null) {
                before.run();
            }
            long start = System.nanoTime();
            work.get();
            times.add(System.nanoTime() - start);
        }
        return Stats.of(times);
    }

    public static double millis(long nanos) {
        return nanos / NANOS_PER_MILLI;
    }

    /** Mean, median, 95th percentile, minimum and maximum of some durations in nanoseconds, shown in milliseconds. */
    public record Stats(int count, double mean, double median, double p95, double min, double max) {

        public static Stats of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            double mean = Arrays.stream(sorted).average().orElse(0);
            return new Stats(sorted.length, millis((long) mean), millis(percentile(sorted, 50)),
                    millis(percentile(sorted, 95)), millis(sorted[0]), millis(sorted[sorted.length - 1]));
        }

        public static Stats of(List<Long> nanos) {
            return of(nanos.stream().mapToLong(Long::longValue).toArray());
        }

        /** Nearest-rank percentile of sorted values. */
        static long percentile(long[] sorted, int percent) {
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n=%d mean=%.2f ms median=%.2f ms p95=%.2f ms min=%.2f ms max=%.2f ms", count,
                    mean, median, p95, min, max);
        }
    }

    /** An output stream that counts the bytes written to it and keeps none. */
    public static final class CountingOutputStream extends OutputStream {

        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        public long count() {
            return count;
        }
    }

    /**
     * The live heap during one piece of work, sampled: a thread collects all garbage (a full,
     * stop-the-world collection) at a fixed interval and notes the heap in use just after. This
     * slows the work down, so time it in other runs; what it gives is close to the most live data
     * held at once, which the figures of {@link HeapWatch} only bound from above.
     */
    public static final class LiveHeapSampler {

        private final Thread thread;
        private final AtomicLong max = new AtomicLong();
        private final AtomicLong samples = new AtomicLong();
        private final long before;
        private volatile boolean running = true;

        private LiveHeapSampler(long intervalMillis) {
            System.gc();
            before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            thread = new Thread(() -> {
                while (running) {
                    try {
                        Thread.sleep(intervalMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                    System.gc();
                    max.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    samples.incrementAndGet();
                }
            }, "live-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        public static LiveHeapSampler start(long intervalMillis) {
            return new LiveHeapSampler(intervalMillis);
        }

        /** Stops sampling; describes the live heap before and the most seen during the work. */
        public String stop() {
            running = false;
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return String.format(Locale.ROOT, "live heap before=%d MB, max live during=%d MB (+%d MB) over %d samples",
                    before / MEGABYTE, max.get() / MEGABYTE, Math.max(0, max.get() - before) / MEGABYTE, samples.get());
        }
    }

    /**
     * Heap use during one piece of work. {@link #start()} collects garbage, notes the heap in use,
     * and resets the peak usage of every heap pool; {@link #stop()} reads the peaks. Two numbers
     * come out: the sum of the heap pools' peaks (an upper bound: young-generation pools always fill
     * up before a collection, so it includes garbage), and the largest heap in use just after any
     * collection during the work (close to the most live data held at once).
     */
    public static final class HeapWatch implements NotificationListener {

        private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final AtomicLong maxAfterGc = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();
        private long usedBefore;

        public static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            watch.begin();
            return watch;
        }

        private void begin() {
            System.gc();
            System.gc();
            usedBefore = heapUsed();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                    emitters.add(emitter);
                }
            }
        }

        /** Stops watching; returns the heap figures in MB. */
        public Heap stop() {
            long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long usedAfter = heapUsed();
            try {
                Thread.sleep(100); // notifications arrive on another thread
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(this);
                } catch (ListenerNotFoundException e) {
                    // already gone
                }
            }
            return new Heap(usedBefore / MEGABYTE, peak / MEGABYTE, Math.max(maxAfterGc.get(), 0) / MEGABYTE,
                    usedAfter / MEGABYTE, collections.get(), Runtime.getRuntime().maxMemory() / MEGABYTE);
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                    (CompositeData) notification.getUserData());
            long used = 0;
            for (MemoryPoolMXBean pool : heapPools) {
                MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                if (after != null) {
                    used += after.getUsed();
                }
            }
            collections.incrementAndGet();
            maxAfterGc.accumulateAndGet(used, Math::max);
        }

        private long heapUsed() {
            return heapPools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        }
    }

    /**
     * Heap figures in MB: in use before (after a full collection), the sum of pool peaks during the
     * work, the most in use just after a collection during the work (0 if none ran), in use at the
     * end, how many collections ran, and the maximum heap (-Xmx).
     */
    public record Heap(long usedBeforeMb, long peakMb, long maxAfterGcMb, long usedAfterMb, long collections, long maxMb) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "heap before=%d MB peak(sum of pools)=%d MB max-after-GC=%d MB "
                    + "(+%d MB over before) GCs=%d Xmx=%d MB", usedBeforeMb, peakMb, maxAfterGcMb,
                    Math.max(0, maxAfterGcMb - usedBeforeMb), collections, maxMb);
        }
    }
}
