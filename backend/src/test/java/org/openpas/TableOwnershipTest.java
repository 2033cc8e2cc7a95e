package org.openpas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table has one owning feature (docs/architecture.md lists them). Only the owner's SQL and JPQL
 * name the table; other features go through the owner's service. The few reads and writes across
 * features that remain are listed below, to shrink, never to grow.
 */
class TableOwnershipTest {

    static final Path MAIN = Path.of("src/main/java/org/openpas");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("audit_event", "audit"),
            Map.entry("audit_chain", "audit"),
            Map.entry("audit_chain_head", "audit"),
            Map.entry("community", "community"),
            Map.entry("community_coordinator", "community"),
            Map.entry("clinic", "clinic"),
            Map.entry("clinic_hours", "clinic"),
            Map.entry("clinic_staff", "clinic"),
            Map.entry("provider", "provider"),
            Map.entry("provider_capacity", "provider"),
            Map.entry("endorsement", "endorsement"),
            Map.entry("patient", "patient"),
            Map.entry("duplicate_candidate", "patient"),
            Map.entry("panel_member", "panel"),
            Map.entry("panel_member_removal", "panel"),
            Map.entry("panel_submission", "panel"),
            Map.entry("panel_submission_file", "panel"),
            Map.entry("panel_submission_row", "panel"),
            Map.entry("waitlist_entry", "waitlist"),
            Map.entry("waitlist_transition", "waitlist"),
            Map.entry("patient_request", "waitlist"),
            Map.entry("patient_request_proposal", "waitlist"),
            Map.entry("patient_request_skip", "waitlist"),
            Map.entry("notification", "notification"),
            Map.entry("identity_claim", "identity"),
            Map.entry("statistics_month", "statistics"),
            Map.entry("community_population", "statistics"),
            Map.entry("rate_limit", "common"));

    /** Reads and writes of another feature's table still in the code ("file: table"), each a known debt. */
    static final Set<String> KNOWN = Set.of(
            // The community capacity view: one aggregate query over the community's clinics, staff and panels.
            "provider/CapacityRepository.java reads clinic",
            "provider/CapacityRepository.java reads clinic_staff",
            "provider/CapacityRepository.java reads panel_member",
            // Provider search and "who works where" joins the clinic's staff and the community's coordinators.
            "provider/ProviderRepository.java reads clinic",
            "provider/ProviderRepository.java reads clinic_staff",
            "provider/ProviderRepository.java reads community_coordinator",
            // Names of the providers a delegate acts for, in the same query.
            "endorsement/EndorsementRepository.java reads provider",
            // The fairness report names communities and providers in its aggregate query.
            "waitlist/FairnessRepository.java reads community",
            "waitlist/FairnessRepository.java reads provider",
            // Set-based panel files: the patients a whole file names are looked up in one statement.
            "panel/PanelBulk.java reads patient",
            // "The communities where I work" (GET /me/communities) follows clinics, their staff and providers.
            "community/CommunityRepository.java reads clinic",
            "community/CommunityRepository.java reads clinic_staff",
            "community/CommunityRepository.java reads provider",
            // A clinic's staff list names its providers.
            "clinic/ClinicStaffRepository.java reads provider");

    static final Pattern WRITE = Pattern.compile("(?i)\\b(?:insert\\s+into|update|delete\\s+from)\\s+(\\w+)");
    static final Pattern READ = Pattern.compile("(?i)\\b(?:from|join)\\s+(\\w+)");
    /** The second entity of a JPQL cross join: {@code from Endorsement e, Provider p}. */
    static final Pattern CROSS_JOIN = Pattern.compile(",\\s*([A-Z]\\w+)\\s+[a-z]{1,3}\\b");
    static final Pattern ENTITY = Pattern.compile("@Table\\(name\\s*=\\s*\"(\\w+)\"\\)[\\s\\S]*?class\\s+(\\w+)");

    @Test
    void everyTableHasAnOwner() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher created = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)")
                        .matcher(Files.readString(file));
                while (created.find()) {
                    tables.add(created.group(1).toLowerCase());
                }
            }
        }
        assertEquals(tables, new TreeSet<>(OWNER.keySet()), "each table in the migrations, and only those, has an owner");
    }

    @Test
    void onlyTheOwnerNamesItsTablesInQueries() throws IOException {
        Map<String, String> tableOf = tablesByName();
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String feature = MAIN.relativize(file).getName(0).toString();
                String source = Files.readString(file);
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                collect(WRITE, source, tableOf, feature, name + " writes ", found);
                collect(READ, source, tableOf, feature, name + " reads ", found);
                collect(CROSS_JOIN, source, tableOf, feature, name + " reads ", found);
            }
        }
        Set<String> unknown = new TreeSet<>(found);
        unknown.removeAll(KNOWN);
        assertEquals(Set.of(), unknown, "another feature's table named outside its owner: ask the owner's service");
        Set<String> gone = new TreeSet<>(KNOWN);
        gone.removeAll(found);
        assertEquals(Set.of(), gone, "fixed: take these off the KNOWN list");
    }

    private static void collect(Pattern pattern, String source, Map<String, String> tableOf, String feature,
            String prefix, Set<String> found) {
        Matcher matcher = pattern.matcher(source);
        while (matcher.find()) {
            String table = tableOf.get(matcher.group(1));
            if (table != null && !OWNER.get(table).equals(feature)) {
                found.add(prefix + table);
            }
        }
    }

    /** Table names as SQL spells them, and entity names as JPQL does, each to its table. */
    private static Map<String, String> tablesByName() throws IOException {
        Map<String, String> tableOf = new HashMap<>();
        OWNER.keySet().forEach(table -> tableOf.put(table, table));
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher entity = ENTITY.matcher(Files.readString(file));
                if (entity.find()) {
                    tableOf.put(entity.group(2), entity.group(1));
                }
            }
        }
        return tableOf;
    }
}
