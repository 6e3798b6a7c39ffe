package de.lotse.devinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Starts a real PostgreSQL (embedded binaries from Maven Central) and a real single-node KRaft
 * Kafka broker (its own JVM process) for local runs and tests on machines without Docker.
 *
 * <p>Runs in the foreground until it receives SIGTERM/SIGINT, or until the process named by
 * {@code --parent-pid} ends (so infrastructure started by a test JVM never outlives it). When
 * both are up it writes {@code <dir>/state.properties} with the addresses; callers wait for
 * that file.
 *
 * <p>Tests control the processes through files in {@code <dir>}: {@code kafka.control} ({@code stop},
 * {@code start}; state in {@code kafka.status}) and {@code postgres.control} ({@code stall} freezes
 * every PostgreSQL process with SIGSTOP — connections stay open but nothing answers, as with a hung
 * server or a network partition —, {@code resume} lets them go on with SIGCONT; state in
 * {@code postgres.status}).
 *
 * <pre>
 * DevInfra --dir target/devinfra [--pg-port 0] [--kafka-port 0]
 *          [--databases intake,reporting] [--parent-pid 1234] [--postgres false]
 * </pre>
 *
 * <p>{@code --postgres false} starts the broker alone (a benchmark's private Kafka next to the running system's
 * PostgreSQL); {@code state.properties} then has no {@code pg.*} entries.
 */
public final class DevInfra {

    private DevInfra() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parseOptions(args);
        Path dir = Path.of(options.getOrDefault("dir", "target/devinfra")).toAbsolutePath();
        int pgPort = portOrFree(options.getOrDefault("pg-port", "0"));
        int kafkaPort = portOrFree(options.getOrDefault("kafka-port", "0"));
        int controllerPort = freePort();
        List<String> databases = List.of(options.getOrDefault("databases", "").split(","));
        Files.createDirectories(dir);
        Path stateFile = dir.resolve("state.properties");
        Files.deleteIfExists(stateFile);

        Instant started = Instant.now();
        boolean withPostgres = !"false".equals(options.getOrDefault("postgres", "true"));
        EmbeddedPostgres postgres = withPostgres ? startPostgres(dir, pgPort) : null;
        Broker broker = new Broker(dir, kafkaPort, controllerPort);
        PostgresStall stall = new PostgresStall(dir, dir.resolve("pg-data"));
        // registered before anything else can fail: a broker that does not become ready in time, or a
        // database that cannot be created, must not leave PostgreSQL or a half-started broker behind
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            // a frozen server could not shut down
                            stall.resume();
                            stop(broker, postgres);
                        },
                        "devinfra-stop"));
        if (withPostgres) {
            createDatabases(pgPort, databases);
        }
        broker.start();
        Properties state = new Properties();
        if (withPostgres) {
            Files.writeString(dir.resolve("postgres.status"), "running");
            state.setProperty("pg.host", "127.0.0.1");
            state.setProperty("pg.port", String.valueOf(pgPort));
            state.setProperty("pg.user", "postgres");
            state.setProperty("pg.password", "postgres");
        }
        state.setProperty("kafka.bootstrap", "127.0.0.1:" + kafkaPort);
        state.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        Path tmp = dir.resolve("state.properties.tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            state.store(out, "Lotse local infrastructure");
        }
        Files.move(tmp, stateFile, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf(
                "READY postgres=%s kafka=127.0.0.1:%d (%d ms)%n",
                withPostgres ? "127.0.0.1:" + pgPort : "none",
                kafkaPort,
                Duration.between(started, Instant.now()).toMillis());

        watch(options.get("parent-pid"), broker, dir.resolve("kafka.control"), stall, dir.resolve("postgres.control"));
    }

    /**
     * Freezes and thaws the PostgreSQL server: the postmaster and all its children (backends, WAL writer,
     * checkpointer …). SIGSTOP rather than a shutdown, so clients see what a hung database looks like:
     * TCP connections stay up, connects are accepted by the kernel, and no answer comes back.
     */
    private static final class PostgresStall {
        private final Path dir;
        private final Path dataDir;
        private boolean stalled;

        PostgresStall(Path dir, Path dataDir) {
            this.dir = dir;
            this.dataDir = dataDir;
        }

        synchronized void stall() throws IOException, InterruptedException {
            ProcessHandle postmaster = postmaster();
            // the postmaster first, so it forks no new backend while its children are being stopped
            signal("STOP", List.of(postmaster));
            signal("STOP", postmaster.descendants().toList());
            stalled = true;
            Files.writeString(dir.resolve("postgres.status"), "stalled");
        }

        synchronized void resume() {
            if (!stalled) {
                return;
            }
            try {
                ProcessHandle postmaster = postmaster();
                signal("CONT", postmaster.descendants().toList());
                signal("CONT", List.of(postmaster));
                stalled = false;
                Files.writeString(dir.resolve("postgres.status"), "running");
            } catch (IOException e) {
                System.err.println("resuming postgres: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private ProcessHandle postmaster() throws IOException {
            // first line of postmaster.pid: the postmaster's process id
            long pid = Long.parseLong(
                    Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            return ProcessHandle.of(pid).orElseThrow(() -> new IOException("postmaster " + pid + " not running"));
        }

        private static void signal(String signal, List<ProcessHandle> processes)
                throws IOException, InterruptedException {
            if (processes.isEmpty()) {
                return;
            }
            List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
            processes.forEach(process -> command.add(String.valueOf(process.pid())));
            int rc = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (rc != 0) {
                throw new IOException("kill -" + signal + " exited with " + rc);
            }
        }
    }

    /**
     * The broker as a restartable child process. Tests stop and start it (through the
     * control file) to prove that no event is lost while Kafka is down.
     */
    private static final class Broker {
        private final Path dir;
        private final int port;
        private final int controllerPort;
        private Process process;

        Broker(Path dir, int port, int controllerPort) {
            this.dir = dir;
            this.port = port;
            this.controllerPort = controllerPort;
        }

        void start() throws Exception {
            process = startKafka(dir, port, controllerPort);
            awaitBroker("127.0.0.1:" + port, process, Duration.ofSeconds(90));
            Files.writeString(dir.resolve("kafka.status"), "running");
        }

        void stop() throws InterruptedException {
            if (process == null) {
                return;
            }
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            process = null;
            try {
                Files.writeString(dir.resolve("kafka.status"), "stopped");
            } catch (IOException e) {
                System.err.println("writing kafka.status: " + e.getMessage());
            }
        }

        boolean crashed() {
            return process != null && !process.isAlive();
        }
    }

    private static EmbeddedPostgres startPostgres(Path dir, int port) throws IOException {
        Path data = dir.resolve("pg-data");
        Files.createDirectories(data);
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(dir.resolve("pg-bin").toFile())
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "on")
                // zonky defaults to off; durability as in production, and honest benchmark figures
                .setServerConfig("synchronous_commit", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    /** Each service's database with its owner and application role (ServiceDatabases). */
    private static void createDatabases(int pgPort, List<String> databases) throws Exception {
        for (String database : databases) {
            String name = database.trim();
            if (!name.isEmpty()) {
                ServiceDatabases.ensure(
                        "jdbc:postgresql://127.0.0.1:" + pgPort + "/", "postgres", "postgres", name, name);
            }
        }
    }

    private static Process startKafka(Path dir, int port, int controllerPort) throws Exception {
        Path logDir = dir.resolve("kafka-data");
        Path config = dir.resolve("server.properties");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "process.roles=broker,controller",
                        "node.id=1",
                        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                        "controller.listener.names=CONTROLLER",
                        "inter.broker.listener.name=PLAINTEXT",
                        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                        "log.dirs=" + logDir,
                        "num.partitions=3",
                        "auto.create.topics.enable=true",
                        "offsets.topic.replication.factor=1",
                        "offsets.topic.num.partitions=10",
                        "transaction.state.log.replication.factor=1",
                        "transaction.state.log.min.isr=1",
                        "share.coordinator.state.topic.replication.factor=1",
                        "share.coordinator.state.topic.min.isr=1",
                        "group.initial.rebalance.delay.ms=0",
                        // the event topics are the log reporting rebuilds from: never delete by age
                        "log.retention.ms=-1",
                        ""));
        // A restarted broker keeps its (already formatted) log directory, so the events
        // written before survive a stop/start like on a real cluster.
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            String clusterId;
            do {
                // the format command reads an id starting with '-' as an option
                clusterId = Uuid.randomUuid().toString();
            } while (clusterId.startsWith("-"));
            int rc = java(
                            "kafka.tools.StorageTool",
                            dir.resolve("kafka-format.log"),
                            "format",
                            "-t",
                            clusterId,
                            "-c",
                            config.toString())
                    .waitFor();
            if (rc != 0) {
                throw new IllegalStateException("kafka storage format failed, see " + dir.resolve("kafka-format.log"));
            }
        }
        return java("kafka.Kafka", dir.resolve("kafka.log"), config.toString());
    }

    private static Process java(String mainClass, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static void awaitBroker(String bootstrap, Process kafka, Duration timeout) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(props)) {
            while (Instant.now().isBefore(deadline)) {
                if (!kafka.isAlive()) {
                    throw new IllegalStateException("kafka broker exited with " + kafka.exitValue());
                }
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    Thread.sleep(250);
                }
            }
        }
        throw new IllegalStateException("kafka broker not ready within " + timeout);
    }

    private static void watch(String parentPid, Broker broker, Path control, PostgresStall stall, Path postgresControl)
            throws Exception {
        ProcessHandle parent = parentPid == null
                ? null
                : ProcessHandle.of(Long.parseLong(parentPid)).orElse(null);
        if (parentPid != null && parent == null) {
            System.exit(0);
        }
        while (true) {
            if (parent != null && !parent.isAlive()) {
                System.exit(0);
            }
            if (Files.exists(control)) {
                String command = Files.readString(control).trim();
                Files.delete(control);
                switch (command) {
                    case "stop" -> broker.stop();
                    case "start" -> broker.start();
                    default -> System.err.println("unknown kafka.control command: " + command);
                }
            }
            if (Files.exists(postgresControl)) {
                String command = Files.readString(postgresControl).trim();
                Files.delete(postgresControl);
                switch (command) {
                    case "stall" -> stall.stall();
                    case "resume" -> stall.resume();
                    default -> System.err.println("unknown postgres.control command: " + command);
                }
            }
            if (broker.crashed()) {
                System.err.println("kafka broker exited unexpectedly, see kafka.log");
                System.exit(1);
            }
            Thread.sleep(200);
        }
    }

    private static void stop(Broker broker, EmbeddedPostgres postgres) {
        try {
            broker.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            System.err.println("stopping postgres: " + e.getMessage());
        }
    }

    private static int portOrFree(String value) throws IOException {
        int port = Integer.parseInt(value);
        return port == 0 ? freePort() : port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static Map<String, String> parseOptions(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
