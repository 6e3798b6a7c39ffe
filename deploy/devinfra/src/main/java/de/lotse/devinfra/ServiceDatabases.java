package de.lotse.devinfra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A service's database set up locally as in production (deploy/README.md, "Database roles"): owned
 * by the role {@code <service>_owner}, which the migrations run as, and open to the application role
 * {@code <service>_app}, which the service runs as — it gets DML rights on the tables from the
 * migrations' grants callback, nothing else. No other role may connect. Databases made before the
 * roles existed (owned by {@code postgres}) are handed over to the owner role, objects included.
 */
final class ServiceDatabases {
    /** The local roles' password; public like the development key, and the local server trusts local connections. */
    static final String PASSWORD = "lotse-dev";

    private ServiceDatabases() {}

    static String ownerRole(String service) {
        return name(service) + "_owner";
    }

    static String applicationRole(String service) {
        return name(service) + "_app";
    }

    /** Creates (or brings up to date) {@code database} for {@code service}'s roles, as the superuser. */
    static void ensure(String serverUrl, String user, String password, String database, String service)
            throws SQLException {
        String owner = ownerRole(service);
        String app = applicationRole(service);
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", user, password);
                Statement statement = connection.createStatement()) {
            for (String role : new String[] {owner, app}) {
                statement.execute("do $$ begin create role " + role + " login password '" + PASSWORD
                        + "'; exception when duplicate_object or unique_violation then null; end $$");
            }
            boolean exists;
            try (ResultSet rs =
                    statement.executeQuery("select 1 from pg_database where datname = '" + name(database) + "'")) {
                exists = rs.next();
            }
            statement.execute(
                    exists
                            ? "alter database " + database + " owner to " + owner
                            : "create database " + database + " owner " + owner);
            statement.execute("revoke all on database " + database + " from public");
            statement.execute("grant connect on database " + database + " to " + app);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl + database, user, password);
                Statement statement = connection.createStatement()) {
            // PostgreSQL 14 and older let everyone create objects in schema public
            statement.execute("revoke create on schema public from public");
            // tables, views and sequences of an older local database belong to postgres: hand them over
            // (sequences of a serial or identity column follow their table)
            statement.execute("""
                    do $$
                    declare r record;
                    begin
                        for r in select c.oid::regclass as name, c.relkind from pg_class c
                                 join pg_namespace n on n.oid = c.relnamespace
                                 where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                                   and c.relowner <> '%1$s'::regrole
                                   and (c.relkind <> 'S' or not exists (select 1 from pg_depend d
                                        where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                          and d.deptype in ('a', 'i')))
                        loop
                            execute format('alter %%s %%s owner to %1$s',
                                case r.relkind when 'S' then 'sequence' when 'v' then 'view'
                                               when 'm' then 'materialized view' when 'f' then 'foreign table'
                                               else 'table' end, r.name);
                        end loop;
                        for r in select p.oid::regprocedure as name from pg_proc p
                                 join pg_namespace n on n.oid = p.pronamespace
                                 where n.nspname = 'public' and p.proowner <> '%1$s'::regrole
                        loop
                            execute format('alter routine %%s owner to %1$s', r.name);
                        end loop;
                    end
                    $$""".formatted(owner));
        }
    }

    static String name(String identifier) {
        if (!identifier.matches("[a-z][a-z0-9_]{0,56}")) {
            throw new IllegalArgumentException("not a database or role name: " + identifier);
        }
        return identifier;
    }
}
