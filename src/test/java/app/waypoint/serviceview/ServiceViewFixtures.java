package app.waypoint.serviceview;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The records the figures count, written straight to the tables (each figure's test needs exact dates, not whole processes):
 * plans, reviews, significant changes, escalations, disputes, contacts, coded statuses, accommodation, flags and supervision.
 */
@ApplicationScoped
class ServiceViewFixtures {

    private final EntityManager entities;

    ServiceViewFixtures(EntityManager entities) {
        this.entities = entities;
    }

    UUID signedOffPlan(UUID youngPerson, int version, LocalDate signedOn) {
        UUID id = UUID.randomUUID();
        run("insert into waypoint.pathway_plan (id, young_person_id, version, status, created_at, created_by, updated_at, updated_by, "
                + "signed_off_at, signed_off_by, oversight_note) values (?1, ?2, ?3, 'SIGNED_OFF', ?4, 'test', ?4, 'test', ?4, 'test', 'ok')",
                id, youngPerson, version, at(signedOn));
        return id;
    }

    void planAction(UUID plan, LocalDate due, String status) {
        run("insert into waypoint.pathway_plan_action (id, plan_id, action_id, heading, position, description, owner_username, due_on, status) "
                + "values (?1, ?2, ?3, 'HEALTH', 0, 'Dentist', 'test', ?4, ?5)", UUID.randomUUID(), plan, UUID.randomUUID(), due, status);
    }

    UUID review(UUID youngPerson, LocalDate due, LocalDate held) {
        UUID id = UUID.randomUUID();
        run("insert into waypoint.pathway_review (id, young_person_id, process_instance_id, due_on, started_at, started_by, held_on, closed_at) "
                + "values (?1, ?2, 'test', ?3, ?4, 'test', ?5, ?6)", id, youngPerson, due, at(due.minusDays(30)), held,
                held == null ? null : at(held));
        return id;
    }

    void changeCallingFor(UUID youngPerson, LocalDate occurred, UUID review) {
        UUID change = UUID.randomUUID();
        run("insert into waypoint.significant_change (id, young_person_id, kind, occurred_on, recorded_at, recorded_by) "
                + "values (?1, ?2, 'MOVE', ?3, ?4, 'test')", change, youngPerson, occurred, at(occurred));
        run("insert into waypoint.pathway_review_trigger (id, review_id, kind, significant_change_id, started_review, recorded_at, recorded_by) "
                + "values (?1, ?2, 'SIGNIFICANT_CHANGE', ?3, true, ?4, 'test')", UUID.randomUUID(), review, change, at(occurred));
    }

    void escalation(UUID youngPerson, String chain, String stage, LocalDate raised, LocalDate resolved) {
        run("insert into waypoint.escalation (id, chain_id, task_id, task_key, task_name, young_person_id, stage, due_at, raised_at, resolved_at) "
                + "values (?1, ?2, 'task', 'Task_Test', 'Test', ?3, ?4, ?5, ?5, ?6)", UUID.randomUUID(), chain, youngPerson, stage, at(raised),
                resolved == null ? null : at(resolved));
    }

    void dispute(UUID youngPerson, String stage, String status, LocalDate raised, LocalDate closed) {
        run("insert into waypoint.dispute (id, young_person_id, raised_by, raised_at, issue_type, detail, informal_resolution_by, stage, status, closed_at) "
                + "values (?1, ?2, 'test', ?3, 'OTHER', 'Drift', ?4, ?5, ?6, ?7)", UUID.randomUUID(), youngPerson, at(raised), raised.plusDays(10),
                stage, status, closed == null ? null : at(closed));
    }

    void contact(UUID youngPerson, LocalDate on, String outcome) {
        run("insert into waypoint.young_person_contact (id, young_person_id, contact_on, kind, recorded_by, recorded_at, outcome, "
                + "recorded_after_working_days) values (?1, ?2, ?3, 'VISIT', 'test', ?4, ?5, 0)", UUID.randomUUID(), youngPerson, on, at(on), outcome);
    }

    void coded(UUID youngPerson, String kind, String code, LocalDate from) {
        run("insert into waypoint.coded_status (id, young_person_id, kind, code, effective_on, recorded_at, recorded_by) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6, 'test')", UUID.randomUUID(), youngPerson, kind, code, from, Instant.now());
    }

    void accommodation(UUID youngPerson, String category, boolean suitable, LocalDate from) {
        run("insert into waypoint.accommodation (id, young_person_id, category, address_or_provider, start_date, planned, shared_housing, "
                + "suitable, judged_by, recorded_at, recorded_by) values (?1, ?2, ?3, 'Somewhere', ?4, true, false, ?5, 'test', ?6, 'test')",
                UUID.randomUUID(), youngPerson, category, from, suitable, Instant.now());
    }

    /** A personal adviser allocated from {@code from} to {@code to} (null: still allocated). */
    void adviser(UUID youngPerson, UUID adviser, LocalDate from, LocalDate to) {
        run("insert into waypoint.allocation (id, young_person_id, staff_id, kind, started_on, ended_on, allocated_by) "
                + "values (?1, ?2, ?3, 'PERSONAL_ADVISER', ?4, ?5, 'test')", UUID.randomUUID(), youngPerson, adviser, from, to);
    }

    void flag(UUID youngPerson, String flag, boolean set, LocalDate from) {
        run("insert into waypoint.cohort_flag (id, young_person_id, flag, flag_set, effective_on, reason, recorded_at, recorded_by) "
                + "values (?1, ?2, ?3, ?4, ?5, 'test', ?6, 'test')", UUID.randomUUID(), youngPerson, flag, set, from, Instant.now());
    }

    void supervision(UUID worker, UUID supervisor, LocalDate booked, LocalDate held) {
        run("insert into waypoint.supervision_session (id, worker_id, supervisor_id, scheduled_for, held_on, status, booked_by, booked_at) "
                + "values (?1, ?2, ?3, ?4, ?5, 'HELD', 'test', ?6)", UUID.randomUUID(), worker, supervisor, booked, held, at(booked));
    }

    void supervisionAction(UUID worker, UUID youngPerson, LocalDate due, String status) {
        UUID entry = UUID.randomUUID();
        run("insert into waypoint.oversight_entry (id, young_person_id, decision, recorded_by, recorded_at) values (?1, ?2, 'Act', 'test', ?3)",
                entry, youngPerson, Instant.now());
        run("insert into waypoint.supervision_action (id, oversight_entry_id, worker_id, young_person_id, description, owner_username, due_on, "
                + "status, updated_at) values (?1, ?2, ?3, ?4, 'Call', 'test', ?5, ?6, ?7)", UUID.randomUUID(), entry, worker, youngPerson, due,
                status, Instant.now());
    }

    void execute(String sql, Object... values) {
        run(sql, values);
    }

    /** Runs the statement; a null value is written into it as {@code null} (the driver cannot type a null parameter). */
    private void run(String sql, Object... values) {
        List<Object> bound = new ArrayList<>();
        String text = sql;
        for (int i = values.length; i >= 1; i--) {
            text = text.replaceAll("\\?" + i + "(?![0-9])", values[i - 1] == null ? "null" : "?P" + i);
        }
        for (int i = 1; i <= values.length; i++) {
            if (values[i - 1] != null) {
                bound.add(values[i - 1]);
                text = text.replace("?P" + i, "?" + bound.size());
            }
        }
        String statement = text;
        QuarkusTransaction.requiringNew().run(() -> {
            Query query = entities.createNativeQuery(statement);
            for (int i = 0; i < bound.size(); i++) {
                query.setParameter(i + 1, bound.get(i));
            }
            query.executeUpdate();
        });
    }

    private static Instant at(LocalDate day) {
        return day.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant();
    }
}
