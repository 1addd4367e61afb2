package app.waypoint.youngpersonview.domain.voice;

import app.waypoint.audit.AuditService;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.notifications.Notice;
import app.waypoint.notifications.NotificationService;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.youngpersonview.domain.settings.YoungPersonViewConfig;
import app.waypoint.youngpersonview.domain.visible.WhatTheySee;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A young person's voice on the record: before a review or a visit they answer the council's questions in their own words;
 * their social worker and personal adviser are told at once (a notification with a link, no content), and staff who may see
 * them read the views, dated and as written.
 */
@ApplicationScoped
public class TheirViewsService {

    /** At most this many characters in one answer. */
    public static final int MAX_ANSWER = 2000;

    private final TheirViewsRepository views;
    private final YoungPersonViewConfig config;
    private final AllocationService allocations;
    private final VisibilityService visibility;
    private final NotificationService notifications;
    private final YoungPersonService youngPeople;
    private final AuditService audit;
    private final ObjectMapper json;
    private final WaypointClock clock;

    TheirViewsService(TheirViewsRepository views, YoungPersonViewConfig config, AllocationService allocations, VisibilityService visibility,
                      NotificationService notifications, YoungPersonService youngPeople, AuditService audit, ObjectMapper json,
                      WaypointClock clock) {
        this.views = views;
        this.config = config;
        this.allocations = allocations;
        this.visibility = visibility;
        this.notifications = notifications;
        this.youngPeople = youngPeople;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The questions asked before a review or a visit. */
    public List<String> questions() {
        return config.questions();
    }

    /**
     * Records the young person's answers (one per question, in order; at least one not blank) and tells their workers. Only
     * ever called with the id of the young person signed in.
     */
    @Transactional
    public ViewsResponse give(UUID youngPersonId, BeforeWhat beforeWhat, List<String> answers) {
        List<String> questions = questions();
        List<ViewsResponse.Answer> given = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String answer = i < answers.size() && answers.get(i) != null ? answers.get(i).strip() : "";
            if (answer.length() > MAX_ANSWER) {
                throw InvalidInputException.of("answer" + i, "Your answer is too long. Use " + MAX_ANSWER + " letters or fewer.");
            }
            given.add(new ViewsResponse.Answer(questions.get(i), answer));
        }
        if (given.stream().allMatch(answer -> answer.answer().isEmpty())) {
            throw InvalidInputException.of("answer0", "Write an answer to at least one question.");
        }
        TheirViews saved = new TheirViews(youngPersonId, beforeWhat == null ? BeforeWhat.REVIEW : beforeWhat, write(given), clock.now());
        views.persist(saved);
        audit.reached(youngPersonId);
        String localId = youngPeople.facts(youngPersonId).localId();
        WhatTheySee.theirWorkers(allocations.current(youngPersonId)).forEach(worker -> notifications.notify(new Notice(
                "young-person-views:" + saved.id, worker.staffUsername(),
                "A young person has shared their views before their " + saved.beforeWhat.name().toLowerCase(), localId,
                "/young-people/" + youngPersonId + "/waypoint")));
        return response(saved);
    }

    /** Their views, newest first, as the young person themselves reads them. */
    @Transactional
    public List<ViewsResponse> own(UUID youngPersonId) {
        return views.ofYoungPerson(youngPersonId).stream().map(this::response).toList();
    }

    /** Their views, newest first, for a member of staff who may see them (404 otherwise). */
    @Transactional
    public List<ViewsResponse> list(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return own(youngPersonId);
    }

    private ViewsResponse response(TheirViews views) {
        try {
            return new ViewsResponse(views.id, views.givenAt, views.beforeWhat, json.readValue(views.answers, new TypeReference<>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored views could not be read", e);
        }
    }

    private String write(List<ViewsResponse.Answer> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
