package no.arshjul.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * With -Dbenchmark.explain=true on Linux: where the launch's CPU went, from /proc. This JVM's threads
 * by name (job threads, garbage collector, JIT compiler) and PostgreSQL's processes by their title
 * (backends, WAL writer, checkpointer, autovacuum): the split a profile of the JVM alone cannot show.
 */
final class CpuByThread {

    private static final double TICKS_PER_SECOND = 100.0;

    private CpuByThread() {
    }

    static Map<String, Long> snapshot() {
        Map<String, Long> ticks = new TreeMap<>();
        if (!Boolean.getBoolean("benchmark.explain") || !Files.isDirectory(Path.of("/proc/self/task"))) {
            return ticks; // not asked for, or not Linux: nothing is printed
        }
        forEachIn(Path.of("/proc/self/task"), task -> ticks.merge("java: " + kind(read(task.resolve("comm"))),
                cpuTicks(task), Long::sum));
        forEachIn(Path.of("/proc"), process -> {
            if (process.getFileName().toString().chars().allMatch(Character::isDigit)
                    && "postgres".equals(read(process.resolve("comm")))) {
                String title = read(process.resolve("cmdline")).replace('\0', ' ').strip();
                ticks.merge("postgres: " + processKind(title), cpuTicks(process), Long::sum);
            }
        });
        return ticks;
    }

    static void printSince(Map<String, Long> before) {
        if (before.isEmpty()) {
            return;
        }
        System.out.println("CPU of the launch by thread or process (seconds; processes that ended are missing):");
        snapshot().forEach((kind, ticks) -> {
            double seconds = (ticks - before.getOrDefault(kind, 0L)) / TICKS_PER_SECOND;
            if (seconds >= 0.1) {
                System.out.printf("    %-48s %7.1f%n", kind, seconds);
            }
        });
    }

    /** Names without their numbers, so the three job threads or all backends add up to one line. */
    private static String kind(String name) {
        return name.replaceAll("[0-9.:#()-]+", " ").replaceAll("\\s+", " ").strip();
    }

    /** A backend's title ends in its state (idle, INSERT, ...), which changes; its first words do not. */
    private static String processKind(String title) {
        String[] words = title.replaceFirst("^postgres: ", "").split(" ");
        return words.length > 2 && words[2].matches("[0-9.:()]+") ? "backends (" + words[0] + ")"
                : String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(2, words.length)));
    }

    private static long cpuTicks(Path dir) {
        String stat = read(dir.resolve("stat"));
        if (stat.isEmpty()) {
            return 0;
        }
        // the fields after the name in parentheses: utime and stime are the 14th and 15th of the line
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException | RuntimeException e) {
            return ""; // the thread or process has ended
        }
    }

    private static void forEachIn(Path dir, java.util.function.Consumer<Path> action) {
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(action);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + dir, e);
        }
    }
}
