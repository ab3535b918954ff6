package de.nahbar.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Two nodes of the cluster configuration (standalone-nahbar-cluster.xml), started side by side,
 * and the load balancer in front of them (standalone-nahbar-balancer.xml): node A at the given
 * port offset, node B 100 above it, the balancer at its own offset. The nodes find each other
 * over TCP at their JGroups ports (7600 + offset). Used by {@code mvn -Pcluster package} and the
 * cluster's tests and benchmark.
 */
public record Cluster(ExtraServer a, ExtraServer b, ExtraServer balancer) implements AutoCloseable {

    public static final String NODE_CONFIG = "standalone-nahbar-cluster.xml";

    /** Starts both nodes with {@code nodeProperties}, then the balancer; returns when the login page answers through it. */
    public static Cluster start(String name, int nodeOffset, int balancerOffset, String... nodeProperties) {
        int offsetB = nodeOffset + 100;
        String members =
                "-Dnahbar.cluster.hosts=127.0.0.1[" + (7600 + nodeOffset) + "],127.0.0.1[" + (7600 + offsetB) + "]";
        CompletableFuture<ExtraServer> startingB =
                CompletableFuture.supplyAsync(() -> node(name + "-b", "nahbar-b", offsetB, members, nodeProperties));
        ExtraServer a = null;
        ExtraServer b = null;
        try {
            try {
                a = node(name + "-a", "nahbar-a", nodeOffset, members, nodeProperties);
            } finally {
                b = startingB.join();
            }
            ExtraServer balancer = ExtraServer.balancer(
                    name + "-balancer",
                    balancerOffset,
                    "-Dnahbar.balancer.a.port=" + (8080 + nodeOffset),
                    "-Dnahbar.balancer.b.port=" + (8080 + offsetB));
            return new Cluster(a, b, balancer);
        } catch (RuntimeException e) {
            for (ExtraServer started : new ExtraServer[] {a, b}) {
                if (started != null) {
                    started.kill();
                }
            }
            throw e;
        }
    }

    private static ExtraServer node(String directory, String nodeName, int offset, String members, String... more) {
        List<String> properties =
                new ArrayList<>(List.of("-Djboss.node.name=" + nodeName, "-Djboss.tx.node.id=" + nodeName, members));
        properties.addAll(List.of(more));
        return ExtraServer.start(directory, NODE_CONFIG, offset, properties.toArray(String[]::new));
    }

    /** Shuts all three down in order, as Ctrl+C would; their logs stay. */
    public void stop() {
        balancer.stop();
        b.stop();
        a.stop();
    }

    /** Kills all three; their logs stay. */
    @Override
    public void close() {
        balancer.kill();
        b.kill();
        a.kill();
    }
}
