package app.waypoint.web.me;

import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.youngpersonview.domain.access.CodeCheck;
import app.waypoint.youngpersonview.domain.access.ProviderSignInConfig;
import app.waypoint.youngpersonview.domain.access.YoungPersonSignIn;
import app.waypoint.youngpersonview.domain.page.LocalOffer;
import app.waypoint.youngpersonview.domain.page.MyWaypoint;
import app.waypoint.youngpersonview.domain.page.MyWaypointService;
import app.waypoint.youngpersonview.domain.settings.YoungPersonViewConfig;
import app.waypoint.youngpersonview.domain.voice.AskForReview;
import app.waypoint.youngpersonview.domain.voice.BeforeWhat;
import app.waypoint.youngpersonview.domain.voice.TheirActionAnswers;
import app.waypoint.youngpersonview.domain.voice.TheirViewsService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The young person's own pages (issue 18), written for them: sign in with a code, their page, their views before a
 * review, and asking for a review. A young person's session is its own cookie ({@link #SESSION}, path /me), never a staff identity: every staff page
 * and /api refuses them, and these pages take the young person from the session alone, never from the address.
 */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
class MePage {

    static final String SESSION = "waypoint-me";
    static final String CODE_REFERENCE = "waypoint-me-code";
    private static final URI SIGN_IN = URI.create("/me/sign-in");

    private final YoungPersonSignIn signIn;
    private final MyWaypointService pages;
    private final TheirViewsService views;
    private final AskForReview review;
    private final TheirActionAnswers actionAnswers;
    private final LocalOffer offer;
    private final YoungPersonViewConfig config;
    private final ProviderSignInConfig providerConfig;

    MePage(YoungPersonSignIn signIn, MyWaypointService pages, TheirViewsService views, AskForReview review, TheirActionAnswers actionAnswers,
           LocalOffer offer, YoungPersonViewConfig config, ProviderSignInConfig providerConfig) {
        this.actionAnswers = actionAnswers;
        this.signIn = signIn;
        this.pages = pages;
        this.views = views;
        this.review = review;
        this.offer = offer;
        this.config = config;
        this.providerConfig = providerConfig;
    }

    /** A question and what they wrote (or the error about it). */
    record Question(String name, String text, String answer, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String problem, boolean signedOut, String demoCode, String provider);

        static native TemplateInstance code(String problem);

        static native TemplateInstance me(MyWaypoint page, boolean thanks, boolean told, String review, String reviewError,
                                          List<LocalOffer.Item> offer, YoungPersonViewConfig council);

        static native TemplateInstance action(UUID actionId, String what, String done, String comment, String error, String errorField);

        static native TemplateInstance notFound();

        static native TemplateInstance views(List<Question> questions, String problem);
    }

    @GET
    public Response me(RoutingContext routing, @QueryParam("thanks") @DefaultValue("false") boolean thanks,
                       @QueryParam("told") @DefaultValue("false") boolean told, @QueryParam("review") String review) {
        return signedIn(routing).map(id -> Response.ok(Templates.me(pages.of(id), thanks, told, reviewNotice(review), null, offer.items(),
                        config)).build())
                .orElseGet(() -> Response.seeOther(SIGN_IN).build());
    }

    /** They ask for a review, with a short reason if they want; told on their page if one is already open. */
    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response askForReview(@FormParam("reason") String reason, RoutingContext routing) {
        Optional<UUID> youngPerson = signedIn(routing);
        if (youngPerson.isEmpty()) {
            return Response.seeOther(SIGN_IN).build();
        }
        try {
            AskForReview.Outcome outcome = review.ask(youngPerson.get(), reason);
            return Response.seeOther(URI.create("/me?review=" + (outcome == AskForReview.Outcome.ASKED ? "asked" : "open") + "#next")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.me(pages.of(youngPerson.get()), false, false, null, e.errors().get(0).message(),
                    offer.items(), config)).build();
        }
    }

    /** Whether an action of their plan is done, in their words: only the actions of their own last signed-off plan (else 404). */
    @GET
    @Path("actions/{actionId}")
    public Response actionForm(@PathParam("actionId") UUID actionId, RoutingContext routing) {
        Optional<UUID> youngPerson = signedIn(routing);
        if (youngPerson.isEmpty()) {
            return Response.seeOther(SIGN_IN).build();
        }
        try {
            String what = actionAnswers.askedAbout(youngPerson.get(), actionId).description();
            return Response.ok(Templates.action(actionId, what, null, null, null, null)).build();
        } catch (NotFoundException e) {
            return Response.status(404).entity(Templates.notFound()).build();
        }
    }

    @POST
    @Path("actions/{actionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answerAction(@PathParam("actionId") UUID actionId, @FormParam("done") String done, @FormParam("comment") String comment,
                                 RoutingContext routing) {
        Optional<UUID> youngPerson = signedIn(routing);
        if (youngPerson.isEmpty()) {
            return Response.seeOther(SIGN_IN).build();
        }
        Boolean isDone = "yes".equals(done) ? Boolean.TRUE : "no".equals(done) ? Boolean.FALSE : null;
        try {
            actionAnswers.answer(youngPerson.get(), actionId, isDone, comment);
            return Response.seeOther(URI.create("/me?told=true#plan")).build();
        } catch (NotFoundException e) {
            return Response.status(404).entity(Templates.notFound()).build();
        } catch (InvalidInputException e) {
            FieldError error = e.errors().get(0);
            String what = actionAnswers.askedAbout(youngPerson.get(), actionId).description();
            return Response.status(400).entity(Templates.action(actionId, what, done, comment, error.message(),
                    "done".equals(error.field()) ? "done-yes" : error.field())).build();
        }
    }

    private static String reviewNotice(String review) {
        if ("asked".equals(review)) {
            return "You have asked for a review. We will hold it soon. Your worker will tell you the day.";
        }
        return "open".equals(review) ? "You already have a review coming up, so we have not started a new one. "
                + "Tell your worker what you want to talk about." : null;
    }

    @GET
    @Path("sign-in")
    public TemplateInstance signInForm(@QueryParam("spent") @DefaultValue("false") boolean spent,
                                       @QueryParam("signedOut") @DefaultValue("false") boolean signedOut) {
        return Templates.signIn(spent ? "That code does not work any more. Ask for a new code." : null, signedOut,
                config.demoCode().orElse(null), provider());
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response askForCode(@FormParam("contact") String contact, RoutingContext routing) {
        if (contact == null || contact.isBlank() || contact.length() > 254) {
            return Response.status(400).entity(Templates.signIn("Enter your e-mail address or mobile number.", false,
                    config.demoCode().orElse(null), provider())).build();
        }
        String reference = signIn.requestCode(contact);
        routing.response().addCookie(cookie(routing, CODE_REFERENCE, reference));
        return Response.seeOther(URI.create("/me/code")).build();
    }

    @GET
    @Path("code")
    public TemplateInstance codeForm() {
        return Templates.code(null);
    }

    @POST
    @Path("code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enterCode(@FormParam("code") String code, RoutingContext routing) {
        Cookie reference = routing.request().getCookie(CODE_REFERENCE);
        YoungPersonSignIn.Outcome outcome = signIn.signIn(reference == null ? null : reference.getValue(), code == null ? "" : code);
        if (outcome.check() == CodeCheck.WRONG) {
            return Response.status(400).entity(Templates.code("That code is not right. Check it and try again.")).build();
        }
        routing.response().addCookie(cookie(routing, CODE_REFERENCE, "").setMaxAge(0));
        if (outcome.check() == CodeCheck.SPENT) {
            return Response.seeOther(URI.create("/me/sign-in?spent=true")).build();
        }
        routing.response().addCookie(cookie(routing, SESSION, outcome.sessionToken()));
        return Response.seeOther(URI.create("/me")).build();
    }

    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(RoutingContext routing) {
        Cookie session = routing.request().getCookie(SESSION);
        signIn.signOut(session == null ? null : session.getValue());
        routing.response().addCookie(cookie(routing, SESSION, "").setMaxAge(0));
        return Response.seeOther(URI.create("/me/sign-in?signedOut=true")).build();
    }

    @GET
    @Path("views")
    public Response viewsForm(RoutingContext routing) {
        return signedIn(routing).map(id -> Response.ok(Templates.views(questions(List.of(), List.of()), null)).build())
                .orElseGet(() -> Response.seeOther(SIGN_IN).build());
    }

    @POST
    @Path("views")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response giveViews(MultivaluedMap<String, String> form, RoutingContext routing) {
        Optional<UUID> youngPerson = signedIn(routing);
        if (youngPerson.isEmpty()) {
            return Response.seeOther(SIGN_IN).build();
        }
        List<String> answers = IntStream.range(0, views.questions().size()).mapToObj(i -> form.getFirst("answer" + i)).toList();
        try {
            views.give(youngPerson.get(), BeforeWhat.REVIEW, answers);
            return Response.seeOther(URI.create("/me?thanks=true")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.views(questions(answers, e.errors()), "Please check your answers.")).build();
        }
    }

    private List<Question> questions(List<String> answers, List<FieldError> errors) {
        List<Question> questions = new ArrayList<>();
        List<String> asked = views.questions();
        for (int i = 0; i < asked.size(); i++) {
            String name = "answer" + i;
            questions.add(new Question(name, asked.get(i), i < answers.size() ? answers.get(i) : null,
                    errors.stream().filter(error -> error.field().equals(name)).map(FieldError::message).findFirst().orElse(null)));
        }
        return questions;
    }

    private Optional<UUID> signedIn(RoutingContext routing) {
        Cookie session = routing.request().getCookie(SESSION);
        return signIn.signedIn(session == null ? null : session.getValue());
    }

    /** The council's provider's name for the "Sign in with" button, when young people may sign in there. */
    private String provider() {
        return providerConfig.enabled() ? providerConfig.accountName() : null;
    }

    static Cookie cookie(RoutingContext routing, String name, String value) {
        return Cookie.cookie(name, value).setPath("/me").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(routing.request().isSSL());
    }
}
