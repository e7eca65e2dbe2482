package uk.skillsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which module owns which table, and who may read it in SQL. A module's SQL (in its Java code, and
 * in the views it defines in migrations) reads its own tables and, of the modules it may depend on
 * (its package-info's allowedDependencies), only their published read models. Everything else goes
 * through the owning module's services or events. docs/read-models.md documents the published ones.
 */
class ReadModelOwnershipTest {

    /** Every table and view of the schema, by owning module. A new table is added here first. */
    static final Map<String, Set<String>> OWNED = Map.of(
            "base", Set.of("event_publication"),
            "security", Set.of("user_account", "audit_event", "sign_in_link"),
            "directory", Set.of("lsip_area", "local_authority", "soc_major", "soc_submajor", "soc_unit", "sic_section",
                    "size_band", "ess_benchmark", "organisation", "directory_organisation", "organisation_contact",
                    "directory_contact"),
            "survey", Set.of("questionnaire", "questionnaire_version", "survey_question", "survey_round",
                    "survey_round_audience", "round_audience"),
            "response", Set.of("response", "answer", "response_revision", "answer_revision", "submitted_response",
                    "submitted_answer", "response_started"),
            "insight", Set.of("insight_response_fact", "insight_cell_sums", "insight_cell_sums_round", "population_import", "population_count", "provision_import",
                    "provision_figure", "demand_crosswalk", "weight_run", "weight_stratum", "weight_cell"),
            "outreach", Set.of("outbox_message", "invitation", "opt_out_link", "reminder", "public_request_count",
                    "join_request"),
            "plan", Set.of("plan", "plan_section", "plan_section_version", "plan_working_draft", "plan_evidence_link",
                    "plan_approval", "plan_history", "plan_priority", "plan_response", "plan_action", "plan_action_note",
                    "plan_progress_report", "plan_comment", "plan_comment_mention", "plan_suggestion"));

    /** The published read models: tables and views other modules may read in SQL. */
    static final Map<String, Set<String>> PUBLISHED = Map.of(
            "directory", Set.of("directory_organisation", "directory_contact", "lsip_area", "local_authority", "soc_major", "soc_submajor",
                    "soc_unit", "sic_section", "size_band", "ess_benchmark"),
            "survey", Set.of("round_audience"),
            "response", Set.of("submitted_response", "submitted_answer", "response_started"));

    private static final Path MAIN = Path.of("src/main/java/uk/skillsplan");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern TABLE_REFERENCE = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+(\\w+)");
    private static final Pattern CREATED = Pattern.compile("(?i)\\bcreate\\s+(?:table|view)\\s+(\\w+)");
    private static final Pattern VIEW = Pattern.compile("(?is)\\bcreate\\s+(?:or\\s+replace\\s+)?view\\s+(\\w+)\\s+as\\s+(.*?);");
    private static final Pattern ALLOWED = Pattern.compile("allowedDependencies\\s*=\\s*\\{([^}]*)}");

    @Test
    void every_table_and_view_of_the_schema_has_an_owning_module() {
        Set<String> owned = OWNED.values().stream().flatMap(Set::stream).collect(Collectors.toSet());

        assertThat(schemaObjects()).isNotEmpty().allMatch(owned::contains, "owned by a module (add it to OWNED)");
        assertThat(owned).as("tables in OWNED that no migration creates").allMatch(schemaObjects()::contains);
    }

    @Test
    void modules_read_only_their_own_tables_and_the_read_models_of_modules_they_may_use() {
        List<String> violations = new ArrayList<>();
        javaSources().forEach((file, module) -> violations.addAll(check(module, file.toString(), withoutComments(read(file)))));
        views().forEach((view, body) -> violations.addAll(check(ownerOf(view), "view " + view, body)));

        assertThat(violations).isEmpty();
    }

    @Test
    void the_check_sees_the_sql_it_is_meant_to_see() {
        // Round progress reads the survey's published audience view: the scanner must find that ...
        String progress = read(MAIN.resolve("response/progress/RoundProgressQueries.java"));
        assertThat(referencedTables(progress)).contains("round_audience", "directory_organisation", "response");
        // ... and it must catch a module reading another's private table, or a module it may not use.
        assertThat(check("response", "example", "select o.name from organisation o")).hasSize(1);
        assertThat(check("response", "example", "select u.username from user_account u")).hasSize(1);
        assertThat(check("directory", "example", "select * from round_audience")).hasSize(1);
        assertThat(check("survey", "example", "select * from directory_organisation")).isEmpty();
    }

    private static List<String> check(String module, String where, String sql) {
        List<String> problems = new ArrayList<>();
        Set<String> allowed = allowedDependencies(module);
        for (String table : referencedTables(sql)) {
            String owner = ownerOf(table);
            boolean ok = owner.equals(module)
                    || allowed.contains(owner) && PUBLISHED.getOrDefault(owner, Set.of()).contains(table);
            if (!ok) {
                problems.add(where + " (module " + module + ") reads " + table + " of module " + owner
                        + (allowed.contains(owner) ? ", which " + owner + " does not publish" : ", which " + module
                        + " may not use"));
            }
        }
        return problems;
    }

    private static Set<String> referencedTables(String sql) {
        Set<String> known = schemaObjects();
        Set<String> found = new TreeSet<>();
        Matcher matcher = TABLE_REFERENCE.matcher(sql);
        while (matcher.find()) {
            String name = matcher.group(1).toLowerCase(Locale.ROOT);
            if (known.contains(name)) {
                found.add(name);
            }
        }
        return found;
    }

    private static String ownerOf(String table) {
        return OWNED.entrySet().stream().filter(e -> e.getValue().contains(table)).map(Map.Entry::getKey).findFirst()
                .orElse("(no owner)");
    }

    private static Set<String> allowedDependencies(String module) {
        Path info = MAIN.resolve(module).resolve("package-info.java");
        if (!Files.exists(info)) {
            return Set.of();
        }
        Matcher matcher = ALLOWED.matcher(read(info));
        if (!matcher.find()) {
            return Set.of();
        }
        return Arrays.stream(matcher.group(1).split(",")).map(s -> s.replace("\"", "").strip())
                .filter(s -> !s.isEmpty()).map(s -> s.split("::")[0].strip()).collect(Collectors.toSet());
    }

    private static Set<String> schemaObjects() {
        Set<String> names = new TreeSet<>();
        migrations().forEach(sql -> {
            Matcher matcher = CREATED.matcher(sql);
            while (matcher.find()) {
                names.add(matcher.group(1).toLowerCase(Locale.ROOT));
            }
        });
        return names;
    }

    private static Map<String, String> views() {
        Map<String, String> views = new LinkedHashMap<>();
        migrations().forEach(sql -> {
            Matcher matcher = VIEW.matcher(withoutSqlComments(sql));
            while (matcher.find()) {
                views.put(matcher.group(1).toLowerCase(Locale.ROOT), matcher.group(2));
            }
        });
        return views;
    }

    private static List<String> migrations() {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().map(ReadModelOwnershipTest::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each main Java source file, with the module it belongs to. */
    private static Map<Path, String> javaSources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            Map<Path, String> sources = new LinkedHashMap<>();
            files.filter(p -> p.toString().endsWith(".java")).filter(p -> MAIN.relativize(p).getNameCount() > 1)
                    .sorted().forEach(p -> sources.put(p, MAIN.relativize(p).getName(0).toString()));
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutComments(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    }

    private static String withoutSqlComments(String sql) {
        return sql.replaceAll("--[^\\n]*", " ");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
