package app.waypoint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.waypoint.calendar.WaypointClock;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;

/** The typed reads delegates and listeners make, against a fake execution: no engine. */
class ProcessVariablesTest {

    private enum Rung { TEAM_MANAGER, HEAD_OF_SERVICE }

    @Test
    void shouldReadEachTypeWhenTheVariablesAreSet() {
        // given an execution with an id, a note, a flag, a counter, a form's date and a rung
        UUID youngPerson = UUID.randomUUID();
        LocalDate heldOn = LocalDate.of(2026, 3, 2);
        Map<String, Object> variables = new HashMap<>(Map.of("youngPersonId", youngPerson.toString(), "note", "Seen at home",
                "satisfied", true, "checksDone", 2L, "heldOn", Date.from(WaypointClock.endOf(heldOn)), "stage", "HEAD_OF_SERVICE"));

        // when they are read
        ProcessVariables read = ProcessVariables.of(execution(variables, "manager-1"));

        // then each comes back typed
        assertThat(read.uuid("youngPersonId")).isEqualTo(youngPerson);
        assertThat(read.string("note")).isEqualTo("Seen at home");
        assertThat(read.flag("satisfied")).isTrue();
        assertThat(read.number("checksDone")).isEqualTo(2L);
        assertThat(read.localDate("heldOn")).isEqualTo(heldOn);
        assertThat(read.enumValue("stage", Rung.class)).isEqualTo(Rung.HEAD_OF_SERVICE);
    }

    @Test
    void shouldTreatAnUnsetNoteAsNullAndAnUnsetFlagAsNoWhenTheFormLeftThemOut() {
        ProcessVariables read = ProcessVariables.of(execution(Map.of(), "manager-1"));

        assertThat(read.string("note")).isNull();
        assertThat(read.flag("satisfied")).isFalse();
    }

    @Test
    void shouldFailNamingTheVariableWhenARequiredOneIsMissingOrOfAnotherType() {
        ProcessVariables read = ProcessVariables.of(execution(Map.of("checksDone", "two"), "manager-1"));

        assertThatThrownBy(() -> read.uuid("youngPersonId")).isInstanceOf(IllegalStateException.class).hasMessageContaining("youngPersonId");
        assertThatThrownBy(() -> read.localDate("heldOn")).isInstanceOf(IllegalStateException.class).hasMessageContaining("heldOn");
        assertThatThrownBy(() -> read.number("checksDone")).isInstanceOf(IllegalStateException.class).hasMessageContaining("checksDone");
    }

    @Test
    void shouldNameWhoCompletedTheStepWhenTheTasklistSignedThemIn() {
        assertThat(ProcessVariables.of(execution(Map.of(), "iro-7")).completedBy()).isEqualTo("iro-7");
        assertThat(ProcessVariables.of(task(Map.of("membershipId", UUID.randomUUID().toString()), "adviser-3")).completedBy())
                .isEqualTo("adviser-3");
    }

    @Test
    void shouldFailWhenAStepThatActsForSomeoneRunsWithoutThem() {
        ProcessVariables read = ProcessVariables.of(execution(Map.of(), null));

        assertThatThrownBy(read::completedBy).isInstanceOf(IllegalStateException.class)
                .hasMessage("A step that acts for a member of staff ran without one");
    }

    private static DelegateExecution execution(Map<String, Object> variables, String signedIn) {
        return fake(DelegateExecution.class, variables, signedIn);
    }

    private static DelegateTask task(Map<String, Object> variables, String signedIn) {
        return fake(DelegateTask.class, variables, signedIn);
    }

    /** A delegate execution or task that answers variable reads from the map and has {@code signedIn} signed in (or nobody). */
    private static <T> T fake(Class<T> type, Map<String, Object> variables, String signedIn) {
        IdentityService identity = stub(IdentityService.class, "getCurrentAuthentication",
                signedIn == null ? null : new Authentication(signedIn, List.of()));
        ProcessEngineServices services = stub(ProcessEngineServices.class, "getIdentityService", identity);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> switch (method.getName()) {
            case "getVariable" -> variables.get((String) args[0]);
            case "getProcessEngineServices" -> services;
            default -> throw new UnsupportedOperationException(method.getName());
        }));
    }

    /** An object of {@code type} whose {@code method} returns {@code answer}; anything else is not expected. */
    private static <T> T stub(Class<T> type, String method, Object answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, called, args) -> {
            if (!called.getName().equals(method)) {
                throw new UnsupportedOperationException(called.getName());
            }
            return answer;
        }));
    }
}
