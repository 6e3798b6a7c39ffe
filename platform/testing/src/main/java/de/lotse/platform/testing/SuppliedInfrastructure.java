package de.lotse.platform.testing;

import java.nio.file.Path;

/** PostgreSQL and Kafka whose addresses the environment supplied. */
final class SuppliedInfrastructure extends TestInfrastructure {
    private final String kafka;
    private final String pgUrl;
    private final String user;
    private final String password;
    private final BrokerControl control;
    private final DatabaseControl database;

    SuppliedInfrastructure(String kafka, String pgUrl, String user, String password, String devinfraDir) {
        this.kafka = kafka;
        this.pgUrl = pgUrl;
        this.user = user;
        this.password = password;
        this.control = devinfraDir == null ? null : new BrokerControl(Path.of(devinfraDir), kafka);
        this.database = devinfraDir == null ? null : new DatabaseControl(Path.of(devinfraDir));
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka;
    }

    @Override
    protected String serverJdbcUrl() {
        return pgUrl;
    }

    @Override
    public String pgUser() {
        return user;
    }

    @Override
    public String pgPassword() {
        return password;
    }

    @Override
    public void stopBroker() {
        requireControl().stop();
    }

    @Override
    public void startBroker() {
        requireControl().start();
    }

    @Override
    public void stallDatabase() {
        requireDatabaseControl().stall();
    }

    @Override
    public void resumeDatabase() {
        requireDatabaseControl().resume();
    }

    private DatabaseControl requireDatabaseControl() {
        if (database == null) {
            throw new IllegalStateException("The supplied PostgreSQL cannot be stalled by tests: set "
                    + "LOTSE_DEVINFRA_DIR (./lotse test does) or run without supplied addresses.");
        }
        return database;
    }

    private BrokerControl requireControl() {
        if (control == null) {
            throw new IllegalStateException("The supplied Kafka broker cannot be stopped by tests: set "
                    + "LOTSE_DEVINFRA_DIR (./lotse test does) or run without supplied addresses.");
        }
        return control;
    }

    @Override
    protected String describe() {
        return "supplied: kafka=" + kafka + " postgres=" + pgUrl;
    }
}
