package de.nahbar.operations.health;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether a server nahbar depends on in part accepts connections. Reported in readiness, but
 * never as DOWN: without the directory or the mail relay a node still serves everything else, and
 * the balancer must not take every node out at once for a server outside nahbar.
 */
final class Reachability {

    private static final int TIMEOUT_MILLIS = 1000;

    private Reachability() {}

    /** The setting as the server's configuration reads it: system property, else environment, else default. */
    static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    static HealthCheckResponse report(String name, String host, int port) {
        boolean reachable = connects(host, port);
        return HealthCheckResponse.named(name)
                .up()
                .withData("reachable", reachable)
                .withData("server", host + ":" + port)
                .build();
    }

    /** The first server of an LDAP address list ({@code ldap://a:389 ldap://b:389}). */
    static URI firstOf(String urls) {
        return URI.create(urls.strip().split("\\s+")[0]);
    }

    private static boolean connects(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
