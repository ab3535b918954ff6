package de.nahbar.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests that start a server of their own beside the tests' one ({@link ExtraServer}: another
 * configuration, database or set of properties) and talk to it from outside. The subclass starts
 * {@link #server} in its {@code @BeforeAll}; it is removed after the class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ExtraServerTestCase {

    protected static ExtraServer server;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @AfterAll
    static void closeServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
