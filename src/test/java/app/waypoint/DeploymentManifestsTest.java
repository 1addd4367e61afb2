package app.waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a platform team checks first in k8s/ (issue 17), read from the manifests themselves: CI also renders the base and both
 * overlays with kubectl where it is installed (.ci/run).
 */
class DeploymentManifestsTest {

    private static final Path BASE = Path.of("k8s", "base");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void shouldLeaveTheReplicaCountToTheAutoscalerAndSizeTheHeapAsAShareOfTheLimit() throws IOException {
        // given the Deployment, the autoscaler and the settings
        JsonNode deployment = one("Deployment");
        JsonNode autoscaler = one("HorizontalPodAutoscaler");
        JsonNode config = one("ConfigMap").get("data");

        // then the autoscaler alone sets the replicas, and the heap is a percentage of a memory limit the request equals
        assertThat(deployment.get("spec").has("replicas")).isFalse();
        assertThat(autoscaler.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(config.get("JAVA_OPTS_APPEND").asText()).contains("-XX:MaxRAMPercentage=19.7").doesNotContain("-Xmx");
        JsonNode resources = deployment.at("/spec/template/spec/containers/0/resources");
        assertThat(resources.at("/limits/memory").asText()).isEqualTo(resources.at("/requests/memory").asText());
    }

    @Test
    void shouldVerifyTheDatabaseServerAgainstTheMountedCa() throws IOException {
        // given the settings and the Deployment
        String url = one("ConfigMap").at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText();
        JsonNode pod = one("Deployment").at("/spec/template/spec");

        // then the driver checks the server's certificate and name, with the CA CloudNativePG made, mounted where the URL says
        assertThat(url).contains("sslmode=verify-full").contains("sslrootcert=/etc/waypoint/db-ca/ca.crt");
        assertThat(pod.get("volumes").findValuesAsText("secretName")).contains("waypoint-db-ca");
        assertThat(pod.at("/containers/0/volumeMounts").findValuesAsText("mountPath")).contains("/etc/waypoint/db-ca");
    }

    @Test
    void shouldBackUpTheDatabaseToAnObjectStoreAndScrapeItThroughAPodMonitor() throws IOException {
        // given the database cluster, its object store and scheduled backup
        JsonNode cluster = one("Cluster");
        JsonNode store = one("ObjectStore");
        JsonNode backup = one("ScheduledBackup");

        // then WAL goes to the object store (for point-in-time recovery), with a nightly base backup, credentials from a secret
        assertThat(cluster.at("/spec/plugins/0/isWALArchiver").asBoolean()).isTrue();
        assertThat(cluster.at("/spec/plugins/0/parameters/barmanObjectName").asText()).isEqualTo(store.at("/metadata/name").asText());
        assertThat(store.at("/spec/configuration/s3Credentials/accessKeyId/name").asText()).isEqualTo("waypoint-backup-credentials");
        assertThat(backup.at("/spec/method").asText()).isEqualTo("plugin");
        assertThat(backup.at("/spec/cluster/name").asText()).isEqualTo("waypoint-db");
        // and the deprecated monitoring switch is gone, a PodMonitor per workload in its place
        assertThat(cluster.at("/spec/monitoring/enablePodMonitor").isMissingNode()).isTrue();
        assertThat(all("PodMonitor")).extracting(monitor -> monitor.at("/spec/podMetricsEndpoints/0/port").asText())
                .containsExactlyInAnyOrder("management", "metrics");
    }

    @Test
    void shouldLetPrometheusScrapeAndLimitEgressToNamedAddresses() throws IOException {
        // given the network policies
        JsonNode waypoint = all("NetworkPolicy").stream().filter(policy -> policy.at("/metadata/name").asText().equals("waypoint")).findFirst().orElseThrow();
        JsonNode database = all("NetworkPolicy").stream().filter(policy -> policy.at("/metadata/name").asText().equals("waypoint-db")).findFirst().orElseThrow();

        // then monitoring reaches the metrics ports of both
        assertThat(scrapedPorts(waypoint)).contains(9000);
        assertThat(scrapedPorts(database)).contains(9187);
        // and every egress rule names where it goes: no rule opens a port to any address
        for (JsonNode rule : waypoint.at("/spec/egress")) {
            assertThat(rule.has("to")).as("egress rule %s", rule).isTrue();
            for (JsonNode to : rule.get("to")) {
                assertThat(to.path("ipBlock").path("cidr").asText()).as("egress to %s", to).isNotEqualTo("0.0.0.0/0");
            }
        }
    }

    @Test
    void shouldServeOverTlsFromAnImmutableImage() throws IOException {
        // given the Ingress and the kustomizations
        JsonNode ingress = one("Ingress");
        JsonNode base = YAML.readTree(BASE.resolve("kustomization.yaml").toFile());
        JsonNode production = YAML.readTree(Path.of("k8s", "overlays", "production", "kustomization.yaml").toFile());

        // then TLS covers the routed host, and the image is a release version (no SNAPSHOT), pinned by digest in production
        assertThat(ingress.at("/spec/tls/0/hosts/0").asText()).isEqualTo(ingress.at("/spec/rules/0/host").asText());
        assertThat(ingress.at("/spec/tls/0/secretName").asText()).isNotBlank();
        assertThat(base.at("/images/0/newTag").asText()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(production.at("/images/0/digest").asText()).matches("sha256:[0-9a-f]{64}");
    }

    private static List<Integer> scrapedPorts(JsonNode policy) {
        List<Integer> ports = new ArrayList<>();
        for (JsonNode rule : policy.at("/spec/ingress")) {
            boolean fromMonitoring = rule.path("from").findValuesAsText("kubernetes.io/metadata.name").contains("monitoring");
            if (fromMonitoring) {
                rule.get("ports").forEach(port -> ports.add(port.get("port").asInt()));
            }
        }
        return ports;
    }

    private static JsonNode one(String kind) throws IOException {
        List<JsonNode> found = all(kind);
        assertThat(found).as("one %s in k8s/base", kind).hasSize(1);
        return found.get(0);
    }

    private static List<JsonNode> all(String kind) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(BASE)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml") && !path.endsWith("kustomization.yaml")).toList()) {
                try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                    documents.readAll().stream().filter(document -> kind.equals(document.path("kind").asText())).forEach(found::add);
                }
            }
        }
        return found;
    }
}
