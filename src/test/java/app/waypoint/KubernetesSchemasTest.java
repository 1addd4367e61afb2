package app.waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The manifests a cluster would be given (issue 17): each kustomization as {@code kubectl kustomize} renders it (where kubectl is
 * missing, the base's files as they are), checked against Kubernetes' own types (fabric8's models, in which a field the API does
 * not have, or a value of the wrong type, is an error) and against CloudNativePG's CRD schemas, vendored in
 * {@code src/test/resources/k8s-schemas} (see README there), with fields the schema does not declare refused, as the API server
 * does with strict field validation.
 */
class KubernetesSchemasTest {

    private static final List<String> KUSTOMIZATIONS = List.of("k8s/base", "k8s/overlays/production", "k8s/overlays/local");
    private static final List<String> CRDS = List.of("postgresql.cnpg.io_clusters.yaml", "postgresql.cnpg.io_scheduledbackups.yaml",
            "barmancloud.cnpg.io_objectstores.yaml");
    private static final Map<String, Class<?>> KUBERNETES_TYPES = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("monitoring.coreos.com/v1/PodMonitor", PodMonitor.class));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Schema> CUSTOM_RESOURCES = customResourceSchemas();

    @Test
    void shouldFindEveryRenderedManifestValidAgainstKubernetesAndCloudNativePgSchemas() {
        for (String kustomization : kubectlInstalled() ? KUSTOMIZATIONS : List.of("k8s/base")) {
            // given the manifests of this kustomization
            List<JsonNode> manifests = rendered(kustomization);
            assertThat(manifests).as(kustomization).isNotEmpty();

            // then none has a field its schema does not declare, a wrong type or a missing required field
            for (JsonNode manifest : manifests) {
                assertThat(problems(manifest)).as("%s: %s %s", kustomization, manifest.path("kind").asText(), manifest.at("/metadata/name").asText())
                        .isEmpty();
            }
        }
    }

    @Test
    void shouldRefuseAFieldKubernetesDoesNotHave() {
        // given the Deployment with a misspelt field deep in its pod template
        ObjectNode deployment = (ObjectNode) manifest("k8s/base", "Deployment");
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).put("imagePullPolicyy", "Always");

        // then the check names it
        assertThat(problems(deployment)).singleElement().asString().contains("imagePullPolicyy");
    }

    @Test
    void shouldRefuseAFieldOrValueCloudNativePgDoesNotHave() {
        // given the database cluster with a field the CRD lacks, and a backup with a method it does not offer
        ObjectNode cluster = (ObjectNode) manifest("k8s/base", "Cluster");
        ((ObjectNode) cluster.get("spec")).put("instancess", 3);
        ObjectNode backup = (ObjectNode) manifest("k8s/base", "ScheduledBackup");
        ((ObjectNode) backup.get("spec")).put("method", "tape");

        // then the check names both
        assertThat(problems(cluster)).singleElement().asString().contains("instancess");
        assertThat(problems(backup)).singleElement().asString().contains("method");
    }

    /** What is wrong with one manifest, by its schema; a kind with no schema here is a problem too. */
    private static List<String> problems(JsonNode manifest) {
        String type = manifest.path("apiVersion").asText() + "/" + manifest.path("kind").asText();
        Schema custom = CUSTOM_RESOURCES.get(type);
        if (custom != null) {
            return custom.validate(manifest).stream().map(Object::toString).toList();
        }
        Class<?> model = KUBERNETES_TYPES.get(type);
        if (model == null) {
            return List.of("no schema for " + type + ": add it to KubernetesSchemasTest");
        }
        List<String> problems = new ArrayList<>();
        try {
            undeclared(JSON.treeToValue(manifest, model), "", problems);
        } catch (IOException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** The fields fabric8 kept aside because the Kubernetes type has no such field (its additionalProperties), anywhere inside. */
    private static void undeclared(Object value, String path, List<String> problems) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> undeclared(child, path + "." + key, problems));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                undeclared(list.get(i), path + "[" + i + "]", problems);
            }
        } else if (value != null && value.getClass().getName().startsWith("io.fabric8.")) {
            for (Method getter : value.getClass().getMethods()) {
                if (getter.getParameterCount() > 0 || !getter.getName().startsWith("get") || Modifier.isStatic(getter.getModifiers())
                        || getter.getDeclaringClass() == Object.class) {
                    continue;
                }
                Object child = invoke(getter, value);
                if (getter.getName().equals("getAdditionalProperties") && child instanceof Map<?, ?> unknown) {
                    unknown.keySet().forEach(key -> problems.add(path + "." + key + ": no such field in " + value.getClass().getSimpleName()));
                } else {
                    String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
                    undeclared(child, path + "." + field, problems);
                }
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null; // a computed accessor that does not apply to this object: nothing declared there to check
        }
    }

    /** Each CRD version's schema by apiVersion and kind, with undeclared fields refused (unless the schema keeps unknown ones). */
    private static Map<String, Schema> customResourceSchemas() {
        // Kubernetes' own schema keywords: CEL rules and list/map semantics are the API server's, not checked here
        Dialect kubernetes = Dialect.builder(Dialects.getDraft4()).keywords(Stream.of("x-kubernetes-validations", "x-kubernetes-list-type",
                "x-kubernetes-list-map-keys", "x-kubernetes-map-type", "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields",
                "x-kubernetes-embedded-resource", "nullable").map(NonValidationKeyword::new).toList()).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(kubernetes);
        Map<String, Schema> schemas = new HashMap<>();
        for (String crd : CRDS) {
            try (InputStream in = KubernetesSchemasTest.class.getResourceAsStream("/k8s-schemas/" + crd)) {
                JsonNode definition = YAML.readTree(in);
                String group = definition.at("/spec/group").asText();
                String kind = definition.at("/spec/names/kind").asText();
                for (JsonNode version : definition.at("/spec/versions")) {
                    JsonNode schema = strict(version.at("/schema/openAPIV3Schema").deepCopy());
                    schemas.put(group + "/" + version.path("name").asText() + "/" + kind, registry.getSchema(schema));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schemas;
    }

    private static JsonNode strict(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties") && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
                object.put("additionalProperties", false);
            }
            object.path("properties").forEach(KubernetesSchemasTest::strict);
            for (String nested : List.of("items", "additionalProperties", "not")) {
                strict(object.path(nested));
            }
            for (String choice : List.of("allOf", "anyOf", "oneOf")) {
                object.path(choice).forEach(KubernetesSchemasTest::strict);
            }
        }
        return schema;
    }

    private static JsonNode manifest(String kustomization, String kind) {
        return rendered(kustomization).stream().filter(manifest -> kind.equals(manifest.path("kind").asText())).findFirst().orElseThrow();
    }

    /** The kustomization rendered by kubectl; without kubectl, the base's own files (only the base is checked then). */
    private static List<JsonNode> rendered(String kustomization) {
        try {
            if (!kubectlInstalled()) {
                return baseFiles();
            }
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", kustomization).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            List<JsonNode> manifests;
            try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(kubectl.getInputStream())) {
                manifests = documents.readAll();
            }
            assertThat(kubectl.waitFor(60, TimeUnit.SECONDS) && kubectl.exitValue() == 0).as("kubectl kustomize %s", kustomization).isTrue();
            return manifests;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> baseFiles() throws IOException {
        List<JsonNode> manifests = new ArrayList<>();
        for (JsonNode resource : YAML.readTree(new File("k8s/base/kustomization.yaml")).path("resources")) {
            try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(Path.of("k8s/base", resource.asText()).toFile())) {
                manifests.addAll(documents.readAll());
            }
        }
        return manifests;
    }

    private static boolean kubectlInstalled() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, "kubectl"))) {
                return true;
            }
        }
        return false;
    }
}
