package de.lotse.platform.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

/** PostgreSQL and Kafka in containers, when a Docker engine is available. */
final class ContainerInfrastructure extends TestInfrastructure {
    private final PostgreSQLContainer<?> postgres;
    private final KafkaContainer kafka;

    private ContainerInfrastructure(PostgreSQLContainer<?> postgres, KafkaContainer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    @SuppressWarnings("resource")
    static ContainerInfrastructure start() {
        PostgreSQLContainer<?> postgres =
                new PostgreSQLContainer<>("postgres:17-alpine").withCommand("postgres", "-c", "max_connections=300");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        postgres.start();
        kafka.start();
        return new ContainerInfrastructure(postgres, kafka);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    protected String serverJdbcUrl() {
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/postgres";
    }

    @Override
    public String pgUser() {
        return postgres.getUsername();
    }

    @Override
    public String pgPassword() {
        return postgres.getPassword();
    }

    @Override
    public void stopBroker() {
        // pausing keeps the mapped port, so clients reconnect to the same address afterwards
        DockerClientFactory.instance()
                .client()
                .pauseContainerCmd(kafka.getContainerId())
                .exec();
    }

    @Override
    public void startBroker() {
        DockerClientFactory.instance()
                .client()
                .unpauseContainerCmd(kafka.getContainerId())
                .exec();
    }

    @Override
    public void stallDatabase() {
        // a paused container is frozen like a SIGSTOPped server: connections stay, nothing answers
        DockerClientFactory.instance()
                .client()
                .pauseContainerCmd(postgres.getContainerId())
                .exec();
    }

    @Override
    public void resumeDatabase() {
        DockerClientFactory.instance()
                .client()
                .unpauseContainerCmd(postgres.getContainerId())
                .exec();
    }

    @Override
    protected String describe() {
        return "Testcontainers: kafka=" + kafkaBootstrapServers() + " postgres=" + serverJdbcUrl();
    }
}
