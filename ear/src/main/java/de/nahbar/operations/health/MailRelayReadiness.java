package de.nahbar.operations.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Whether the SMTP relay nahbar sends its mail through answers (reported, never DOWN). */
@Readiness
@ApplicationScoped
public class MailRelayReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        String host = Reachability.setting("nahbar.smtp.host", "NAHBAR_SMTP_HOST", "localhost");
        String port = Reachability.setting("nahbar.smtp.port", "NAHBAR_SMTP_PORT", "25");
        try {
            return Reachability.report("mail-relay", host, Integer.parseInt(port));
        } catch (NumberFormatException e) {
            return HealthCheckResponse.named("mail-relay")
                    .up()
                    .withData("reachable", false)
                    .build();
        }
    }
}
