package uk.permanence.cases.imports;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import uk.permanence.cases.api.InvalidRequest;
import uk.permanence.cases.casefile.FieldError;
import uk.permanence.councils.Councils;
import uk.permanence.councils.Tenant;
import uk.permanence.web.SafeCsv;

/**
 * {@code POST /api/imports/ssda903?la=CODE} with the return's CSV files as multipart parts named {@code files}
 * (202 and the import to poll), {@code GET /api/imports/{importId}} and {@code GET /api/imports/{importId}/report}
 * (JSON, or CSV with {@code Accept: text/csv}). Only callers who may see the council may import for it or see its
 * imports (the role table admits team managers and RAA leads); anyone else's import answers 404.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    /** A collection year in a file's name: 2024-25, 2024_25 or 202425. */
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(20\\d\\d)[-_]?(\\d\\d)(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("20\\d\\d-\\d\\d");
    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    private final Ssda903Imports imports;
    private final Councils councils;

    ImportController(Ssda903Imports imports, Councils councils) {
        this.imports = imports;
        this.councils = councils;
    }

    @PostMapping(path = "/ssda903", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportResource> importReturn(@RequestParam(required = false) String la,
            @RequestParam(required = false) String year,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Tenant tenant) {
        List<FieldError> errors = new ArrayList<>();
        if (la == null || la.isBlank()) {
            errors.add(new FieldError("la", "is required: the DfE code of the council whose return this is"));
        } else if (!councils.isKnown(la) || !tenant.canSee(la)) {
            errors.add(new FieldError("la", "is not a council you may import for"));
        }
        if (year != null && !validYear(year)) {
            errors.add(new FieldError("year", "must be a collection year such as 2024-25"));
        }
        List<Ssda903Imports.Upload> uploads = new ArrayList<>();
        if (files == null || files.isEmpty()) {
            errors.add(new FieldError("files", "at least one CSV file of the return is required"));
        } else {
            for (MultipartFile file : files) {
                upload(file, year, errors).ifPresent(uploads::add);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        ImportResource started = imports.start(la, uploads, tenant.user())
                .orElseThrow(() -> {
                    ErrorResponseException busy = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE);
                    busy.getHeaders().set(HttpHeaders.RETRY_AFTER, "30");
                    busy.getBody().setDetail("As many imports as the service runs at once are already running or "
                            + "waiting; try again shortly.");
                    return busy;
                });
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + started.importId())).body(started);
    }

    @GetMapping("/{importId}")
    ImportResource status(@PathVariable String importId, Tenant tenant) {
        return visible(importId, tenant);
    }

    @GetMapping(path = "/{importId}/report", produces = MediaType.APPLICATION_JSON_VALUE)
    ImportReport report(@PathVariable String importId, Tenant tenant) {
        return imports.report(visible(importId, tenant).importId());
    }

    @GetMapping(path = "/{importId}/report", produces = "text/csv")
    ResponseEntity<StreamingResponseBody> reportAsCsv(@PathVariable String importId, Tenant tenant) {
        ImportReport report = imports.report(visible(importId, tenant).importId());
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            SafeCsv.write(writer, csvRows(report)::iterator);
            writer.flush();
        };
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + importId
                        + "-report.csv\"")
                .body(body);
    }

    /** One table of both kinds of row: a problem's columns and a conflict's, each row filling its own. */
    private static Stream<List<?>> csvRows(ImportReport report) {
        Stream<List<?>> header = Stream.of(List.of("kind", "child", "file", "table", "row", "rule", "field",
                "milestone", "held", "imported", "message"));
        Stream<List<?>> problems = report.problems().stream().map(problem -> java.util.Arrays.asList("problem",
                problem.child(), problem.file(), problem.table(), problem.row(), problem.rule(), problem.field(),
                null, null, null, problem.message()));
        Stream<List<?>> conflicts = report.conflicts().stream().map(conflict -> java.util.Arrays.asList(
                "conflict", conflict.child(), null, null, null, null, null, conflict.milestone(), conflict.held(),
                conflict.imported(), conflict.message()));
        return Stream.of(header, problems, conflicts).flatMap(rows -> rows);
    }

    /** Another council's import answers exactly as one that does not exist. */
    private ImportResource visible(String importId, Tenant tenant) {
        return parse(importId).flatMap(imports::find).filter(found -> tenant.canSee(found.laCode()))
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
    }

    private static Optional<UUID> parse(String importId) {
        try {
            return Optional.of(UUID.fromString(importId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Ssda903Imports.Upload> upload(MultipartFile file, String year, List<FieldError> errors) {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "(unnamed)"
                : file.getOriginalFilename().replaceAll(".*[/\\\\]", "");
        if (file.isEmpty()) {
            errors.add(new FieldError("files", name + " is empty"));
            return Optional.empty();
        }
        String collectionYear = yearIn(name).orElse(year);
        if (collectionYear == null) {
            errors.add(new FieldError("files", name + ": its name gives no collection year (such as 2024-25) and "
                    + "no year parameter was given"));
            return Optional.empty();
        }
        try {
            return Optional.of(new Ssda903Imports.Upload(name, collectionYear, file.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload " + name, e);
        }
    }

    private static Optional<String> yearIn(String name) {
        Matcher matcher = YEAR_IN_NAME.matcher(name);
        while (matcher.find()) {
            int first = Integer.parseInt(matcher.group(1));
            if ((first + 1) % 100 == Integer.parseInt(matcher.group(2))) {
                return Optional.of(first + "-" + matcher.group(2));
            }
        }
        return Optional.empty();
    }

    private static boolean validYear(String year) {
        return YEAR.matcher(year).matches()
                && (Integer.parseInt(year.substring(0, 4)) + 1) % 100 == Integer.parseInt(year.substring(5));
    }
}
