package de.nahbar.operations.health;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Whether the directory of the directory login answers (reported, never DOWN; docs/directory.md). */
@Readiness
@ApplicationScoped
public class DirectoryReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        if (!Boolean.getBoolean("nahbar.directory")) {
            return HealthCheckResponse.named("directory")
                    .up()
                    .withData("inUse", false)
                    .build();
        }
        URI directory = Reachability.firstOf(
                Reachability.setting("nahbar.ldap.url", "NAHBAR_LDAP_URL", "ldap://verzeichnis.invalid:389"));
        int port = directory.getPort() > 0 ? directory.getPort() : "ldaps".equals(directory.getScheme()) ? 636 : 389;
        return Reachability.report("directory", directory.getHost(), port);
    }
}
