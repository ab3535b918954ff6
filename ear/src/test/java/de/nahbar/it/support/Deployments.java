package de.nahbar.it.support;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import de.nahbar.it.fixtures.Identities;
import de.nahbar.it.support.probe.ProbeServlet;

/**
 * The archives the tests deploy: always the real nahbar.ear the build produced, never a
 * hand-assembled copy. In-container tests add a small test module beside it.
 */
public final class Deployments {

    private static final String TEST_WAR = "nahbar-tests.war";

    private Deployments() {}

    /** The EAR exactly as built, for tests that act from outside as a browser or HTTP client. */
    public static EnterpriseArchive application() {
        File ear = new File(System.getProperty("nahbar.ear", "target/nahbar.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " fehlt: erst `mvn package` für das ear-Modul ausführen");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The real EAR plus a test module holding the test class and the in-container helpers.
     * The test module authenticates against nahbar's security domain, like the application.
     */
    public static EnterpriseArchive withTests(Class<?> testClass) {
        EnterpriseArchive ear = application();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_WAR)
                .addClass(testClass)
                .addPackage(Identities.class.getPackage())
                .addClass(ServerLog.class)
                // AssertJ for readable assertions inside the server, too
                .addPackages(true, "org.assertj.core")
                .addAsWebInfResource(new StringAsset("""
                        <jboss-web xmlns="urn:jboss:jakartaee:1.0" version="15.0">
                            <security-domain>nahbar</security-domain>
                        </jboss-web>"""), "jboss-web.xml")
                .addAsWebInfResource(new StringAsset("""
                        <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>"""), "beans.xml")
                .setManifest(new StringAsset(
                        "Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron, org.hibernate\n"));
        ear.addAsModule(Testable.archiveToTest(tests));
        ear.setApplicationXML(new StringAsset(applicationXml(ear).replace("</application>", """
                  <module><web><web-uri>%s</web-uri><context-root>/nahbar-tests</context-root></web></module>
                </application>""".formatted(TEST_WAR))));
        return ear;
    }

    /**
     * The real EAR plus {@code nahbar-probe.war} (the load benchmark's minimal servlet and
     * statement counter), deployed as a plain module: the tests stay outside as HTTP clients.
     */
    public static EnterpriseArchive withProbe() {
        EnterpriseArchive ear = application();
        ear.addAsModule(ShrinkWrap.create(WebArchive.class, "nahbar-probe.war")
                .addPackage(ProbeServlet.class.getPackage())
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.hibernate\n")));
        ear.setApplicationXML(new StringAsset(applicationXml(ear).replace("</application>", """
                  <module><web><web-uri>nahbar-probe.war</web-uri><context-root>/nahbar-probe</context-root></web></module>
                </application>""")));
        return ear;
    }

    private static String applicationXml(EnterpriseArchive ear) {
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
