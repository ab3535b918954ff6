package de.nahbar.it.staff;

import static de.nahbar.it.fixtures.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import de.nahbar.it.fixtures.ContainerTestCase;
import de.nahbar.it.fixtures.TestStaff;
import de.nahbar.it.support.Deployments;
import de.nahbar.staff.domain.Role;
import de.nahbar.staff.service.CurrentStaffService;
import de.nahbar.staff.service.StaffDemoData;

/** The login realm reads nahbar's own tables on PostgreSQL: bcrypt hashes, roles, deactivated logins. */
class LoginRealmIT extends ContainerTestCase {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(LoginRealmIT.class);
    }

    @EJB
    private CurrentStaffService currentStaff;

    @Resource(lookup = "java:jboss/datasources/NahbarDS")
    private DataSource dataSource;

    @Test
    void testsRunOnPostgresqlWithTheMigratedSchema() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
            ResultSet versions = statement.executeQuery(
                    "select count(*) from flyway_schema_history where success and version is not null");
            versions.next();
            assertTrue(versions.getInt(1) >= 2, "migrations applied: " + versions.getInt(1));
        }
    }

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            // a login whose first role awaits its confirmation has no password at all
            ResultSet hashes = statement.executeQuery(
                    "select username, password_hash from staff_member" + " where password_hash is not null");
            int count = 0;
            while (hashes.next()) {
                count++;
                String hash = hashes.getString(2);
                assertTrue(hash.startsWith("$2a$"), hashes.getString(1) + " has no bcrypt hash");
                assertTrue(!hash.contains(StaffDemoData.PASSWORD + "$") && !hash.equals(StaffDemoData.PASSWORD));
            }
            assertTrue(count > 0);
        }
    }

    @Test
    void demoLoginsExistForEveryRole() throws Exception {
        for (var login : new String[][] {
            {"a.schulz", "CASEWORKER"},
            {"b.yilmaz", "MEASURE_COORDINATOR"},
            {"c.meyer", "TEAM_LEAD"},
            {"d.krueger", "ADMIN"},
            {"e.wagner", "AUDITOR"}
        }) {
            var profile = as(login[0], StaffDemoData.PASSWORD, currentStaff::profile);
            assertTrue(profile.roles().contains(Role.valueOf(login[1])), login[0] + " lacks " + login[1]);
        }
    }

    @Test
    void correctPasswordLogsIn() throws Exception {
        String person = staff.newMember(null, Role.CASEWORKER);
        assertNotNull(as(person, TestStaff.PASSWORD, currentStaff::profile));
    }

    @Test
    void wrongPasswordIsRefused() {
        String person = staff.newMember(null, Role.CASEWORKER);
        assertThrows(SecurityException.class, () -> as(person, "falsch", currentStaff::profile));
        assertThrows(
                SecurityException.class, () -> as(person, TestStaff.PASSWORD.toLowerCase(), currentStaff::profile));
    }

    @Test
    void deactivatedLoginIsRefused() {
        String person = staff.newMember(null, Role.CASEWORKER);
        staff.deactivate(person);
        assertThrows(SecurityException.class, () -> as(person, TestStaff.PASSWORD, currentStaff::profile));
    }

    @Test
    void unknownUserIsRefused() {
        assertThrows(SecurityException.class, () -> as("niemand", "egal", currentStaff::profile));
    }
}
