package de.nahbar.operations.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only with PostgreSQL answering within two seconds and its schema migrated without a
 * failed step: a node whose database is gone takes no requests, and comes back by itself.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/NahbarDS")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet row =
                    statement.executeQuery("select (select version from flyway_schema_history where success"
                            + " order by installed_rank desc limit 1),"
                            + " (select count(*) from flyway_schema_history where not success)")) {
                row.next();
                String schema = row.getString(1);
                long failed = row.getLong(2);
                return HealthCheckResponse.named(NAME)
                        .status(schema != null && failed == 0)
                        .withData("schema", String.valueOf(schema))
                        .withData("failedMigrations", failed)
                        .build();
            }
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
