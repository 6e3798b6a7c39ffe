package de.lotse.intake.customers.infrastructure;

import de.lotse.intake.customers.domain.Customer;
import de.lotse.platform.jdbc.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The customer table: the only place customer number and name are stored. */
@Singleton
public class CustomerStore {
    private static final String COLUMNS = """
            id, jobcenter_id, customer_number, first_name, last_name, date_of_birth, household_ref, team_id,
            responsible_av_id""";

    private final JdbcOperations jdbc;

    CustomerStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Customer> find(String jobcenterId, String customerNumber) {
        return Sql.query(jdbc, "select " + COLUMNS + " from customer where jobcenter_id = ? and customer_number = ?",
                statement -> {
                    statement.setString(1, jobcenterId);
                    statement.setString(2, customerNumber);
                }, CustomerStore::map).stream().findFirst();
    }

    /** Only within the Jobcenter: another Jobcenter's customer is indistinguishable from a missing one. */
    public Optional<Customer> find(String jobcenterId, UUID id) {
        return Sql.query(jdbc, "select " + COLUMNS + " from customer where jobcenter_id = ? and id = ?", statement -> {
            statement.setString(1, jobcenterId);
            statement.setObject(2, id);
        }, CustomerStore::map).stream().findFirst();
    }

    public void insert(Customer customer) {
        Sql.update(jdbc, "insert into customer (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                statement -> bind(statement, customer));
    }

    /** Household, team and responsible AV may change; number, name and birth date are the identity. */
    public void updateAssignment(Customer customer) {
        Sql.update(jdbc, "update customer set household_ref = ?, team_id = ?, responsible_av_id = ? where id = ?",
                statement -> {
                    statement.setString(1, customer.householdRef());
                    statement.setString(2, customer.teamId());
                    statement.setString(3, customer.responsibleAvId());
                    statement.setObject(4, customer.id());
                });
    }

    private static void bind(PreparedStatement statement, Customer c) throws SQLException {
        statement.setObject(1, c.id());
        statement.setString(2, c.jobcenterId());
        statement.setString(3, c.customerNumber());
        statement.setString(4, c.firstName());
        statement.setString(5, c.lastName());
        statement.setObject(6, c.dateOfBirth());
        statement.setString(7, c.householdRef());
        statement.setString(8, c.teamId());
        statement.setString(9, c.responsibleAvId());
    }

    static Customer map(ResultSet rs) throws SQLException {
        return new Customer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9));
    }
}
