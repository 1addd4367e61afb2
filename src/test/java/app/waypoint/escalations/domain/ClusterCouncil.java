package app.waypoint.escalations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The people and young people of the integration tests that run replicas of the packaged service: one team with its
 * escalation chain, created through the API of one replica; each young person, aged 16 years 5 months and in care since
 * 14, has an open transition, so late tasks with escalation chains.
 */
record ClusterCouncil(ClusterCouncil.Member manager, ClusterCouncil.Member worker, ClusterCouncil.Member serviceManager,
                      List<String> youngPeople) {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    /** Seeds the council with {@code youngPeople} young people, recorded by {@code threads} requests at a time. */
    static ClusterCouncil seed(Replica replica, SharedDatabase database, int youngPeople, int threads) {
        // An empty database has no staff, and only an administrator may add staff: the first one goes in with SQL
        // (as an operator bootstraps a new installation); everything else goes through the API.
        database.update("insert into waypoint.staff (id, username, display_name, email, role, started_on) "
                        + "values (?, ?, ?, ?, 'ADMIN', current_date)",
                UUID.randomUUID(), "cluster.admin", "Cluster Admin", "cluster.admin@example.test");
        String admin = Tokens.bearer("cluster.admin", "admin");
        String teamId = replica.as(admin).contentType(ContentType.JSON).body(Map.of("name", "Cluster team"))
                .post("/api/teams").then().statusCode(201).extract().path("id");
        Member manager = staff(replica, admin, "cluster.manager", "MANAGER", teamId);
        Member worker = staff(replica, admin, "cluster.worker", "WORKER", teamId);
        Member iro = staff(replica, admin, "cluster.iro", "IRO", teamId);
        Member serviceManager = staff(replica, admin, "cluster.service", "MANAGER", null);
        Member headOfService = staff(replica, admin, "cluster.head", "MANAGER", null);
        Member director = staff(replica, admin, "cluster.director", "MANAGER", null);
        replica.as(admin).contentType(ContentType.JSON).body(Map.of("serviceManager", serviceManager.username(),
                        "headOfService", headOfService.username(), "director", director.username()))
                .put("/api/teams/{id}/escalation-chain", teamId).then().statusCode(204);

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> recorded = new ArrayList<>();
            for (int i = 1; i <= youngPeople; i++) {
                int number = i;
                recorded.add(pool.submit(() -> youngPersonInTransition(replica, teamId, number, manager, worker, iro)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> youngPerson : recorded) {
                ids.add(youngPerson.get());
            }
            return new ClusterCouncil(manager, worker, serviceManager, ids);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not seed the council", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The open tasks of the young people that have a due date: each has an escalation chain. */
    List<String> openTasksWithDeadline(Replica replica) {
        List<String> tasks = new ArrayList<>();
        for (String youngPerson : youngPeople) {
            List<Map<String, Object>> items = replica.as(manager.bearer()).queryParam("youngPersonId", youngPerson)
                    .queryParam("size", 50).get("/api/tasks").then().statusCode(200).extract().jsonPath().getList("items");
            items.stream().filter(task -> task.get("due") != null).map(task -> (String) task.get("id")).forEach(tasks::add);
        }
        return tasks;
    }

    // aged 16 years 5 months and in care since 14: the needs assessment (due at 16 years 3 months) is already late
    private static String youngPersonInTransition(Replica replica, String teamId, int number, Member manager, Member worker,
                                                  Member iro) {
        LocalDate born = LocalDate.now(ENGLAND).minusYears(16).minusMonths(5);
        String id = replica.as(manager.bearer()).contentType(ContentType.JSON)
                .body(Map.of("localId", "CLUSTER-" + number, "givenName", "Young", "familyName", "Person" + number,
                        "dateOfBirth", born.toString(), "teamId", teamId,
                        "careEpisodes", List.of(Map.of("start", born.plusYears(14).toString(), "legalBasis", "CARE_ORDER"))))
                .post("/api/young-people").then().statusCode(201).extract().path("id");
        allocate(replica, manager, id, "SOCIAL_WORKER", worker);
        allocate(replica, manager, id, "IRO", iro);
        replica.as(manager.bearer()).post("/api/young-people/{id}/transition", id).then().statusCode(201);
        return id;
    }

    private static Member staff(Replica replica, String admin, String username, String role, String teamId) {
        Map<String, Object> request = new HashMap<>(Map.of("username", username, "displayName", username,
                "email", username + "@example.test", "role", role, "newlyQualified", false));
        request.put("teamId", teamId);
        replica.as(admin).contentType(ContentType.JSON).body(request).post("/api/staff").then().statusCode(201);
        return new Member(username, role.toLowerCase());
    }

    private static void allocate(Replica replica, Member manager, String youngPerson, String kind, Member staff) {
        replica.as(manager.bearer()).contentType(ContentType.JSON).body(Map.of("kind", kind, "staffUsername", staff.username()))
                .post("/api/young-people/{id}/allocations", youngPerson).then().statusCode(201);
    }

    /** A member of staff who signs in with a bearer token. */
    record Member(String username, String role) {

        String bearer() {
            return Tokens.bearer(username, role);
        }

        /** The stages of each task's escalations as this member sees them in the API, asking the two replicas in turn. */
        List<List<String>> escalationStages(Replica one, Replica other, List<String> tasks) {
            List<List<String>> stages = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                stages.add((i % 2 == 0 ? one : other).as(bearer()).queryParam("state", "any").queryParam("taskId", tasks.get(i))
                        .get("/api/escalations").then().statusCode(200).extract().jsonPath().getList("items.stage", String.class));
            }
            return stages;
        }

        long inboxTotal(Replica replica) {
            return replica.as(bearer()).get("/api/notifications").then().statusCode(200).extract().jsonPath().getLong("total");
        }

        /** The links of this member's inbox entries whose headline starts so, one per entry. */
        List<String> inboxLinks(Replica replica, String headlineStart) {
            JsonPath inbox = replica.as(bearer()).queryParam("size", 200).get("/api/notifications")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(inbox.getLong("total")).as("whole inbox on one page").isLessThanOrEqualTo(200);
            List<Map<String, Object>> items = inbox.getList("items");
            return items.stream().filter(item -> ((String) item.get("headline")).startsWith(headlineStart))
                    .map(item -> (String) item.get("link")).toList();
        }
    }
}
