package de.nahbar.it.platform.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import de.nahbar.it.platform.performance.load.LoadBenchmark;
import de.nahbar.it.support.Cluster;
import de.nahbar.it.support.Deployments;

/**
 * The caseload page's throughput through the cluster's load balancer with two nodes behind it and
 * with one, each beside the static file served the same way (docs/cluster.md).
 * Two nodes of the cluster configuration on the tests' database with the Jobcenter-scale data,
 * their balancer, Gatling in the test JVM; the tests' own server idles meanwhile. Part of
 * {@code mvn -Pload verify}, not of {@code mvn verify}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClusterLoadBenchmarkIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void caseloadThroughTheBalancerWithTwoNodesAndWithOne() throws Exception {
        BenchmarkJobcenter.generate();
        Path target = Path.of(System.getProperty("jboss.home"), "..").normalize();

        try (Cluster cluster = Cluster.start("load", 400, 600)) {
            LoadBenchmark.ThroughBalancer result = LoadBenchmark.throughBalancer(
                    BenchmarkJobcenter.plan(cluster.balancer().url()), target.resolve("gatling"), cluster.b()::kill);
            String report = result.report();
            System.out.println(report);
            Files.writeString(target.resolve("cluster-load-report.txt"), report, StandardCharsets.UTF_8);
            assertThat(result.errors()).as("failed requests").isZero();
        }
    }
}
