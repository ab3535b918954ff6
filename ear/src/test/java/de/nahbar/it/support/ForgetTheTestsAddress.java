package de.nahbar.it.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that give wrong passwords: every test's client comes from 127.0.0.1, whose own count
 * of failures (LoginThrottle's ADDRESS) would hold up the logins of the tests after it. Forgotten
 * after each test.
 */
public class ForgetTheTestsAddress implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        PostgresForTests.execute("delete from login_throttle where kind = 'ADDRESS'");
    }
}
