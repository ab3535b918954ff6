package de.nahbar.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser test against the real application: a fresh headless Chromium for every test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTestCase {

    /** The password of every demo login. */
    protected static final String PASSWORD = "demo";

    protected Browser browser;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    protected void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    protected void closeBrowser() {
        browser.close();
    }
}
