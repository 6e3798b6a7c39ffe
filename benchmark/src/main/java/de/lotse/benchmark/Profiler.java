package de.lotse.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Flame graphs of the system's JVMs over a measured window: attaches async-profiler (the agent library from
 * its Maven Central jar) to each running JVM with {@code jcmd … JVMTI.agent_load}, CPU sampled by
 * {@code itimer} (works without perf_events permissions) every 2 ms, and writes one HTML flame graph per
 * process when stopped. The services need no restart and no flag for it.
 */
final class Profiler {
    private static final String LIBRARY = "linux-x64/libasyncProfiler.so";

    private final Path directory;
    private final Path library;
    private final List<Target> attached = new ArrayList<>();

    private record Target(String name, long pid) {}

    private Profiler(Path directory, Path library) {
        this.directory = directory;
        this.library = library;
    }

    /** A profiler writing into {@code directory}; the agent library is unpacked there. */
    static Profiler into(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path library = directory.resolve("libasyncProfiler.so");
        try (InputStream in = Profiler.class.getClassLoader().getResourceAsStream(LIBRARY)) {
            if (in == null) {
                throw new IOException(LIBRARY + " not on the classpath (tools.profiler:async-profiler)");
            }
            Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
        }
        return new Profiler(directory.toAbsolutePath(), library.toAbsolutePath());
    }

    /**
     * Starts sampling the JVMs among {@code names} that run. Only ever JVMs: jcmd's attach mechanism signals the
     * target with SIGQUIT, which a JVM answers with its attach listener but which stops PostgreSQL at once.
     */
    void start(SystemProcesses processes, List<String> names) {
        for (String name : names) {
            processes.pid(name).ifPresent(pid -> {
                if (command(pid, "start,event=itimer,interval=2ms")) {
                    attached.add(new Target(name, pid));
                }
            });
        }
    }

    /**
     * Stops sampling and writes {@code <label>-<process>.html} (the flame graph), {@code .txt} (the hottest
     * methods by own time) and {@code .collapsed} (every stack with its samples, one per line, for scripts that
     * attribute time to callers); returns the files.
     */
    List<Path> stop(String label) {
        List<Path> files = new ArrayList<>();
        for (Target target : attached) {
            String base = label + "-" + target.name.replaceAll("[^a-zA-Z0-9-]", "");
            Path text = directory.resolve(base + ".txt");
            if (command(target.pid, "dump,file=" + text + ",flat=40,traces=0")) {
                files.add(text);
            }
            Path collapsed = directory.resolve(base + ".collapsed");
            if (command(target.pid, "dump,file=" + collapsed + ",collapsed")) {
                files.add(collapsed);
            }
            Path file = directory.resolve(base + ".html");
            if (command(target.pid, "stop,file=" + file)) {
                files.add(file);
            }
        }
        attached.clear();
        return files;
    }

    private boolean command(long pid, String arguments) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            // the agent's options in double quotes: unquoted, jcmd's parser takes "event=…" for an option of its own
            Process process = new ProcessBuilder(
                            jcmd.toString(),
                            String.valueOf(pid),
                            "JVMTI.agent_load",
                            library.toString(),
                            '"' + arguments + '"')
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            boolean done = process.waitFor(30, TimeUnit.SECONDS);
            // jcmd answers 0 even when the agent reports an error; the agent's own answer says it
            boolean ok =
                    done && process.exitValue() == 0 && !output.contains("return code: -") && !output.contains("rror");
            if (!ok) {
                System.out.println(
                        "   (profiler on pid " + pid + ": " + output.strip().replace('\n', ' ') + ")");
            }
            return ok;
        } catch (IOException e) {
            System.out.println("   (profiler on pid " + pid + " not available: " + e.getMessage() + ")");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
