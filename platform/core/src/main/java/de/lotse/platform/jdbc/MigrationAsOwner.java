package de.lotse.platform.jdbc;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.flyway.DataSourceMigrationRunner;
import jakarta.inject.Singleton;

import javax.sql.DataSource;

/**
 * The schema is migrated by the owner role only, on a connection of its own
 * ({@code flyway.datasources.default.url/user/password}; micronaut-flyway's
 * {@code AlternativeMigrationRunner} runs it when that configuration is created, before the service
 * serves anything). micronaut-flyway would migrate a second time through the service's own
 * {@link DataSource} as soon as that is created — as the application role, which may not change the
 * schema (its grants callback would fail). This replacement leaves the service's data source alone.
 * (Not final: the parent class has an {@code @Async} method, which Micronaut proxies.)
 */
@Singleton
@Replaces(DataSourceMigrationRunner.class)
class MigrationAsOwner extends DataSourceMigrationRunner {

    MigrationAsOwner(ApplicationContext applicationContext, ApplicationEventPublisher eventPublisher) {
        super(applicationContext, eventPublisher, null);
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return event.getBean();
    }
}
