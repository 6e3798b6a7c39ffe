package de.lotse.intake.customers.infrastructure;

import de.lotse.intake.customers.domain.Customer;
import de.lotse.platform.jdbc.Statements;
import de.lotse.platform.jdbc.Statements.Params;
import jakarta.inject.Singleton;

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

    private final Statements sql;

    CustomerStore(Statements sql) {
        this.sql = sql;
    }

    public Optional<Customer> find(String jobcenterId, String customerNumber) {
        return sql
                .query(
                        "select " + COLUMNS + " from customer where jobcenter_id = :jobcenterId "
                                + "and customer_number = :customerNumber",
                        Params.of("jobcenterId", jobcenterId).and("customerNumber", customerNumber),
                        CustomerStore::map)
                .stream()
                .findFirst();
    }

    /** Only within the Jobcenter: another Jobcenter's customer is indistinguishable from a missing one. */
    public Optional<Customer> find(String jobcenterId, UUID id) {
        return sql
                .query(
                        "select " + COLUMNS + " from customer where jobcenter_id = :jobcenterId and id = :id",
                        Params.of("jobcenterId", jobcenterId).and("id", id),
                        CustomerStore::map)
                .stream()
                .findFirst();
    }

    public void insert(Customer c) {
        sql.update(
                "insert into customer (" + COLUMNS + ") values (:id, :jobcenterId, :customerNumber, :firstName, "
                        + ":lastName, :dateOfBirth, :householdRef, :teamId, :responsibleAvId)",
                Params.of("id", c.id())
                        .and("jobcenterId", c.jobcenterId())
                        .and("customerNumber", c.customerNumber())
                        .and("firstName", c.firstName())
                        .and("lastName", c.lastName())
                        .and("dateOfBirth", c.dateOfBirth())
                        .and("householdRef", c.householdRef())
                        .and("teamId", c.teamId())
                        .and("responsibleAvId", c.responsibleAvId()));
    }

    /** Household, team and responsible AV may change; number, name and birth date are the identity. */
    public void updateAssignment(Customer customer) {
        sql.update(
                "update customer set household_ref = :householdRef, team_id = :teamId, "
                        + "responsible_av_id = :responsibleAvId where id = :id",
                Params.of("householdRef", customer.householdRef())
                        .and("teamId", customer.teamId())
                        .and("responsibleAvId", customer.responsibleAvId())
                        .and("id", customer.id()));
    }

    static Customer map(ResultSet rs) throws SQLException {
        return new Customer(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9));
    }
}
