package app.waypoint.web.youngpeople;

import app.waypoint.people.imports.ImportReport;
import app.waypoint.people.imports.Ssda903Import;
import app.waypoint.people.imports.Ssda903ImportRequest;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.staff.TeamResponse;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.web.shell.PageForm.Choice;
import app.waypoint.web.shell.PageForm;
import app.waypoint.web.shell.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Import from SSDA903 (administrators into any team, a manager into their own): upload the header, episodes and OC3 files,
 * check them (a dry run: what would be created, updated, left unchanged or refused, and why), then import them. The files'
 * text is carried from the check to the import in the form itself, so what is imported is what was checked. The rules, the
 * report and who may import are the import feature's (people/imports).
 */
@Path("/imports")
@Produces(MediaType.TEXT_HTML)
class ImportPage {

    private final Ssda903Import imports;
    private final StaffService staff;
    private final SignedIn signedIn;

    ImportPage(Ssda903Import imports, StaffService staff, SignedIn signedIn) {
        this.imports = imports;
        this.staff = staff;
        this.signedIn = signedIn;
    }

    /** The files' text as checked, to import without uploading them again. */
    record Texts(String header, String episodes, String oc3) {
    }

    record View(PageForm form, boolean chooseTeam, String teamName, ImportReport report, List<ImportReport.RowResult> refused,
                Texts texts) {

        public boolean checked() {
            return report != null && report.dryRun();
        }

        public boolean imported() {
            return report != null && !report.dryRun();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance imports(View view);
    }

    @GET
    public TemplateInstance show() {
        Caller caller = importer();
        PageForm form = form(caller);
        form.typed("collectionYear", String.valueOf(imports.lastCompleteYear()));
        return Templates.imports(view(caller, form, null, null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@RestForm("action") String action, @RestForm("teamId") String teamId,
                           @RestForm("collectionYear") String collectionYear,
                           @RestForm("header") FileUpload header, @RestForm("episodes") FileUpload episodes, @RestForm("oc3") FileUpload oc3,
                           @RestForm("header-text") String headerText, @RestForm("episodes-text") String episodesText,
                           @RestForm("oc3-text") String oc3Text) {
        Caller caller = importer();
        PageForm form = form(caller).typed("teamId", teamId).typed("collectionYear", collectionYear);
        boolean dryRun = !"import".equals(action);
        Texts texts = dryRun ? new Texts(read(form, "header", header), read(form, "episodes", episodes), read(form, "oc3", oc3))
                : new Texts(headerText, episodesText, oc3Text);
        UUID team = team(form, caller);
        Integer year = year(form);
        if (!form.hasErrors() && blank(texts.header()) && blank(texts.episodes()) && blank(texts.oc3())) {
            form.error("header", "Choose the header and episodes files, the OC3 file, or all three");
        }
        ImportReport report = null;
        if (!form.hasErrors()) {
            try {
                report = imports.run(new Ssda903ImportRequest(team, texts.header(), texts.episodes(), texts.oc3(), year), dryRun, caller);
            } catch (InvalidInputException | RuleViolationException refused) {
                form.refused(refused);
            }
        }
        TemplateInstance page = Templates.imports(view(caller, form, report, texts));
        return form.hasErrors() ? PageForm.unprocessable(page) : Response.ok(page.render(), MediaType.TEXT_HTML_TYPE).build();
    }

    private View view(Caller caller, PageForm form, ImportReport report, Texts texts) {
        boolean chooseTeam = caller.teamId() == null;
        String teamName = chooseTeam ? null : staff.teams().stream().filter(t -> t.id().equals(caller.teamId())).map(TeamResponse::name)
                .findFirst().orElse("your team");
        return new View(form, chooseTeam, teamName, report, report == null ? List.of() : report.refusedRows(), texts);
    }

    private PageForm form(Caller caller) {
        PageForm form = new PageForm(null, "import");
        if (caller.teamId() == null) {
            form.choices("teamId", staff.teams().stream().map(team -> new Choice(team.id().toString(), team.name())).toList());
        }
        int last = imports.lastCompleteYear();
        return form.choices("collectionYear", IntStream.rangeClosed(0, 5).map(back -> last + 1 - back)
                .mapToObj(year -> new Choice(String.valueOf(year), "1 April " + (year - 1) + " to 31 March " + year)).toList());
    }

    private Caller importer() {
        Caller caller = signedIn.caller();
        if (!Ssda903Import.mayImport(caller)) {
            throw new ForbiddenException("Only an administrator, or a manager into their own team, imports young people.");
        }
        return caller;
    }

    private static UUID team(PageForm form, Caller caller) {
        if (caller.teamId() != null) {
            return caller.teamId();
        }
        String typed = form.text("teamId");
        if (typed == null || form.choicesOf("teamId").stream().noneMatch(choice -> choice.value().equals(typed))) {
            form.error("teamId", "Select the team the young people join");
            return null;
        }
        return UUID.fromString(typed);
    }

    private static Integer year(PageForm form) {
        String typed = form.text("collectionYear");
        if (typed == null || form.choicesOf("collectionYear").stream().noneMatch(choice -> choice.value().equals(typed))) {
            form.error("collectionYear", "Select the collection year of the OC3 file");
            return null;
        }
        return Integer.valueOf(typed);
    }

    /** The text of an uploaded file, which must be UTF-8 (a spreadsheet's "CSV UTF-8"); null when no file was chosen. */
    private static String read(PageForm form, String field, FileUpload upload) {
        if (upload == null || upload.size() == 0) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(upload.uploadedFile());
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            form.error(field, "The " + (field.equals("oc3") ? "OC3" : field) + " file is not UTF-8 text: save it as \"CSV UTF-8\" and choose it again");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
