package de.nahbar.it.support;

import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/** Starts the tests' PostgreSQL before Arquillian starts WildFly, and stops it after WildFly. */
public class TestDatabaseExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    public static class Lifecycle {

        public void startDatabase(@Observes(precedence = 1000) BeforeSuite event) {
            PostgresForTests.start();
        }

        public void stopDatabase(@Observes(precedence = -1000) AfterSuite event) {
            PostgresForTests.stop();
        }
    }
}
