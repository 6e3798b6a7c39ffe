package de.lotse.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The processes of the system under test, found through the operating system (Linux {@code /proc}), so
 * that the benchmark can say which process spent the CPU of a write: the five services (their pid files in
 * the state directory), Kafka (the broker's own JVM), the JVM that supervises PostgreSQL and Kafka, and
 * PostgreSQL (the postmaster of the state directory's cluster with all its backends — a backend that ended
 * counts through the postmaster's reaped children's time), and the benchmark itself.
 */
public final class SystemProcesses {
    static final List<String> SERVICES =
            List.of("intake-service", "assessment-service", "planning-service", "network-service", "reporting-service");
    static final String CLIENT = "benchmark client";
    public static final String POSTGRES = "PostgreSQL";
    public static final String KAFKA = "Kafka";
    /** the groups that are JVMs (the profiler attaches to these only) */
    static final List<String> JVMS = List.of(
            "intake-service",
            "assessment-service",
            "planning-service",
            "network-service",
            "reporting-service",
            "Kafka",
            "benchmark client");
    /** USER_HZ: the unit of utime/stime in /proc/[pid]/stat; 100 on every Linux this runs on */
    private static final double TICKS_PER_SECOND = 100.0;

    /** A named group: its main process and whether its reaped children count (PostgreSQL's backends). */
    private record Group(String name, long pid, boolean withChildren) {}

    /** CPU time of each group at one moment, in seconds. */
    public record CpuSnapshot(Map<String, Double> seconds) {
        /** What each group spent between {@code before} and this snapshot. */
        public Map<String, Double> since(CpuSnapshot before) {
            Map<String, Double> spent = new LinkedHashMap<>();
            seconds.forEach((name, now) -> {
                Double then = before.seconds.get(name);
                if (then != null) {
                    spent.put(name, Math.max(0, now - then));
                }
            });
            return spent;
        }
    }

    private final List<Group> groups;

    private SystemProcesses(List<Group> groups) {
        this.groups = new ArrayList<>(groups);
    }

    /** Finds the processes of the system whose state directory is {@code state} (./lotse's .lotse). */
    static SystemProcesses of(Path state) {
        Map<String, Long> services = new LinkedHashMap<>();
        for (String service : SERVICES) {
            pidFile(state.resolve(service + ".pid")).ifPresent(pid -> services.put(service, pid));
        }
        SystemProcesses found = ofInfrastructure(state.resolve("infra"), services);
        found.groups.add(new Group(CLIENT, ProcessHandle.current().pid(), false));
        return found;
    }

    /**
     * The named JVMs and the PostgreSQL and Kafka that DevInfra runs from {@code infra} (its {@code --dir}): the
     * postmaster runs as "postgres -D &lt;infra&gt;/pg-data …" with its backends as children, the broker as a JVM
     * whose main class is kafka.Kafka with its configuration in {@code infra}.
     */
    public static SystemProcesses ofInfrastructure(Path infra, Map<String, Long> jvms) {
        List<Group> groups = new ArrayList<>();
        jvms.forEach((name, pid) -> groups.add(new Group(name, pid, false)));
        String dir = infra.toAbsolutePath().normalize().toString();
        List<Long> all = allPids();
        all.stream()
                .filter(pid -> comm(pid).equals("postgres") && cmdline(pid).contains(dir))
                .filter(pid -> !comm(parent(pid)).equals("postgres"))
                .findFirst()
                .ifPresent(pid -> groups.add(new Group(POSTGRES, pid, true)));
        // the broker's main class; the supervisor and the gateway have Kafka on their class path too
        all.stream()
                .filter(pid -> comm(pid).equals("java")
                        && cmdline(pid).contains(" kafka.Kafka ")
                        && cmdline(pid).contains(dir))
                .findFirst()
                .ifPresent(pid -> groups.add(new Group(KAFKA, pid, false)));
        pidFile(infra.resolve("devinfra.pid"))
                .ifPresent(pid -> groups.add(new Group("devinfra (supervisor)", pid, false)));
        return new SystemProcesses(groups);
    }

    List<String> names() {
        return groups.stream().map(Group::name).toList();
    }

    /** The pid of a named group's main process, if it was found. */
    Optional<Long> pid(String name) {
        return groups.stream().filter(g -> g.name.equals(name)).map(Group::pid).findFirst();
    }

    public CpuSnapshot cpu() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        List<Long> all = groups.stream().anyMatch(Group::withChildren) ? allPids() : List.of();
        for (Group group : groups) {
            long[] own = stat(group.pid);
            if (own == null) {
                continue; // gone (a stopped service): no figure rather than a wrong one
            }
            long ticks = own[0] + own[1];
            if (group.withChildren) {
                ticks += own[2] + own[3];
                for (long pid : all) {
                    if (parent(pid) == group.pid) {
                        long[] child = stat(pid);
                        if (child != null) {
                            ticks += child[0] + child[1];
                        }
                    }
                }
            }
            seconds.put(group.name, ticks / TICKS_PER_SECOND);
        }
        return new CpuSnapshot(seconds);
    }

    /** Resident set size of a group's main process in MiB (VmRSS), if it runs. */
    public Optional<Double> rssMiB(String name) {
        return pid(name).flatMap(pid -> status(pid, "VmRSS:")).map(kb -> kb / 1024.0);
    }

    /** Threads of a group's main process, if it runs. */
    Optional<Long> threads(String name) {
        return pid(name).flatMap(pid -> status(pid, "Threads:"));
    }

    // ---------------------------------------------------------------- /proc

    /** utime, stime, cutime, cstime in ticks; null if the process is gone. */
    private static long[] stat(long pid) {
        String line = read(Path.of("/proc", String.valueOf(pid), "stat"));
        if (line == null) {
            return null;
        }
        // the command name (field 2) is in parentheses and may contain spaces: count from the last ')'
        String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
        // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17
        return new long[] {
            Long.parseLong(fields[11]),
            Long.parseLong(fields[12]),
            Long.parseLong(fields[13]),
            Long.parseLong(fields[14])
        };
    }

    private static long parent(long pid) {
        String line = read(Path.of("/proc", String.valueOf(pid), "stat"));
        if (line == null) {
            return -1;
        }
        return Long.parseLong(line.substring(line.lastIndexOf(')') + 2).trim().split(" ")[1]);
    }

    private static String comm(long pid) {
        String comm = read(Path.of("/proc", String.valueOf(pid), "comm"));
        return comm == null ? "" : comm.trim();
    }

    private static String cmdline(long pid) {
        String cmdline = read(Path.of("/proc", String.valueOf(pid), "cmdline"));
        return cmdline == null ? "" : cmdline.replace('\0', ' ');
    }

    private static Optional<Long> status(long pid, String field) {
        String status = read(Path.of("/proc", String.valueOf(pid), "status"));
        if (status == null) {
            return Optional.empty();
        }
        return status.lines()
                .filter(line -> line.startsWith(field))
                .findFirst()
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")));
    }

    private static List<Long> allPids() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<Long> pidFile(Path file) {
        String text = read(file);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        long pid = Long.parseLong(text.trim());
        return Files.exists(Path.of("/proc", String.valueOf(pid))) ? Optional.of(pid) : Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
