package de.nahbar.it.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.nahbar.it.support.ExtraServer;
import de.nahbar.it.support.ExtraServerTestCase;
import de.nahbar.it.support.LoginClient;
import de.nahbar.it.support.LoginClient.Outcome;
import de.nahbar.it.support.TestDirectory;

/**
 * The directory over LDAPS with a certificate no public CA signed (as a Jobcenter's domain
 * controllers have): trusted through the trust store of nahbar's configuration
 * ({@code nahbar.ldap.truststore}), not the JVM's, in standalone-nahbar-directory-ldaps.xml
 * (docs/directory.md).
 */
class DirectoryTlsIT extends ExtraServerTestCase {

    private static final int OFFSET = 1100;

    private static TestDirectory directory;

    @BeforeAll
    static void start() {
        directory = TestDirectory.startSecure();
        server = ExtraServer.start(
                "directory-tls", "standalone-nahbar-directory-ldaps.xml", OFFSET, directory.properties());
    }

    @AfterAll
    static void stopDirectory() {
        directory.close();
    }

    @Test
    void staffLogInOverLdapsWithTheJobcentersOwnTrustStore() throws Exception {
        assertThat(directory.url()).startsWith("ldaps://");
        assertThat(new LoginClient(server.url()).login("t.lehmann", "Herbst-Regen-2026"))
                .isEqualTo(Outcome.IN);
        assertThat(new LoginClient(server.url()).login("t.lehmann", "falsch")).isEqualTo(Outcome.WRONG);
    }
}
