package de.lotse.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * Starts deploy/devinfra (real PostgreSQL + real KRaft Kafka as local processes) for this JVM.
 * The processes end with the JVM: devinfra watches its parent process.
 */
final class LocalProcessInfrastructure extends TestInfrastructure {
    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final Properties state;
    private final BrokerControl control;
    private final DatabaseControl database;

    private LocalProcessInfrastructure(Properties state, Path dir) {
        this.state = state;
        this.control = new BrokerControl(dir, state.getProperty("kafka.bootstrap"));
        this.database = new DatabaseControl(dir);
    }

    static LocalProcessInfrastructure start() {
        Path root = Path.of(System.getProperty("lotse.root", "."));
        Path devinfra = root.resolve("deploy/devinfra/target");
        Path classpath = devinfra.resolve("classpath.txt");
        if (!Files.exists(classpath)) {
            throw new IllegalStateException("No Docker engine, no KAFKA_BOOTSTRAP_SERVERS/LOTSE_TEST_PG_URL, and "
                    + "deploy/devinfra is not built (" + classpath + " missing). Run the tests with ./lotse test.");
        }
        Path dir =
                Path.of("target", "devinfra-" + ProcessHandle.current().pid()).toAbsolutePath();
        try {
            Files.createDirectories(dir);
            String cp = devinfra.resolve("classes")
                    + java.io.File.pathSeparator
                    + Files.readString(classpath).trim();
            Process process = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-cp",
                            cp,
                            "de.lotse.devinfra.DevInfra",
                            "--dir",
                            dir.toString(),
                            "--parent-pid",
                            String.valueOf(ProcessHandle.current().pid())))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("devinfra.log").toFile())
                    .start();
            Path stateFile = dir.resolve("state.properties");
            Instant deadline = Instant.now().plus(STARTUP);
            while (!Files.exists(stateFile)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("deploy/devinfra exited with " + process.exitValue() + ":\n"
                            + Files.readString(dir.resolve("devinfra.log")));
                }
                if (Instant.now().isAfter(deadline)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("deploy/devinfra not ready within " + STARTUP);
                }
                Thread.sleep(200);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            Properties state = new Properties();
            try (InputStream in = Files.newInputStream(stateFile)) {
                state.load(in);
            }
            return new LocalProcessInfrastructure(state, dir);
        } catch (IOException e) {
            throw new IllegalStateException("could not start deploy/devinfra", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting deploy/devinfra", e);
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return state.getProperty("kafka.bootstrap");
    }

    @Override
    protected String serverJdbcUrl() {
        return "jdbc:postgresql://" + state.getProperty("pg.host") + ":" + state.getProperty("pg.port") + "/postgres";
    }

    @Override
    public String pgUser() {
        return state.getProperty("pg.user");
    }

    @Override
    public String pgPassword() {
        return state.getProperty("pg.password");
    }

    @Override
    public void stopBroker() {
        control.stop();
    }

    @Override
    public void startBroker() {
        control.start();
    }

    @Override
    public void stallDatabase() {
        database.stall();
    }

    @Override
    public void resumeDatabase() {
        database.resume();
    }

    @Override
    protected String describe() {
        return "local processes (deploy/devinfra): kafka=" + kafkaBootstrapServers() + " postgres=" + serverJdbcUrl();
    }
}
