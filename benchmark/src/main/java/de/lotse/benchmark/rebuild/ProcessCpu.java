package de.lotse.benchmark.rebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time and memory of processes from Linux's {@code /proc}: what the rebuild costs, not only how long it takes
 * (on two shared cores a faster rebuild can simply take the cores from everything else).
 */
final class ProcessCpu {
    /** USER_HZ: the unit of the times in {@code /proc/<pid>/stat}; 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {}

    /** User plus system CPU seconds of the process (all its threads); with {@code waitedChildren} also theirs. */
    static double seconds(long pid, boolean waitedChildren) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        // the command name (field 2) may hold spaces: count the fields after its closing parenthesis
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // fields 14 utime, 15 stime, 16 cutime, 17 cstime of proc(5), here from field 3 on
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        if (waitedChildren) {
            ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /**
     * PostgreSQL's CPU seconds: the postmaster with the backends it has reaped (which ended with their
     * connections) and the ones still running.
     */
    static double postgres(Path dataDir) throws IOException {
        long postmaster = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        double total = seconds(postmaster, true);
        for (ProcessHandle child :
                ProcessHandle.of(postmaster).map(p -> p.children().toList()).orElse(List.of())) {
            try {
                total += seconds(child.pid(), false);
            } catch (IOException ended) {
                // ended meanwhile: the postmaster's reaped children count it
            }
        }
        return total;
    }

    /** The Kafka broker's CPU seconds: DevInfra's child process running {@code kafka.Kafka}. */
    static double kafka(long devInfraPid) throws IOException {
        for (ProcessHandle child :
                ProcessHandle.of(devInfraPid).map(p -> p.children().toList()).orElse(List.of())) {
            // the arguments, NUL-separated (ProcessHandle.Info does not give them for every process)
            String commandLine = Files.readString(Path.of("/proc", String.valueOf(child.pid()), "cmdline"));
            if (List.of(commandLine.split("\0")).contains("kafka.Kafka")) {
                return seconds(child.pid(), false);
            }
        }
        return Double.NaN;
    }

    /** Resident set size in MB ({@code VmRSS} of {@code /proc/<pid>/status}). */
    static double rssMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
