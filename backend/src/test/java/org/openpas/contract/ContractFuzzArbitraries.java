package org.openpas.contract;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.web.api.Web;
import org.openpas.common.Phn;

/**
 * jqwik {@link Arbitrary arbitraries} built from the contract's schemas: values that satisfy a schema
 * (real ids of the seeded records where a property or parameter names one), and hostile variants of
 * them: missing and unknown fields, wrong types, boundary and oversize values, control and unusual
 * Unicode characters, injection strings, huge arrays, malformed bodies.
 */
final class ContractFuzzArbitraries {

    /** What a request tries; {@code VALID} follows the contract, every other kind breaks it in one way. */
    enum Kind {
        VALID, MISSING_FIELD, EXTRA_FIELD, WRONG_TYPE, NULL_VALUE, BOUNDARY, UNICODE, INJECTION, HUGE_ARRAY,
        MALFORMED_BODY, CONTENT_TYPE, NOT_ACCEPTABLE, BAD_ID, UNKNOWN_ID, BAD_QUERY, BAD_HEADER
    }

    /** A request body as sent: bytes and Content-Type (null: no header). */
    record Body(byte[] bytes, String contentType) {
        static final Body NONE = new Body(null, null);
    }

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    /** Strings an attacker tries: SQL/HQL/JSON/template/path/LDAP injection, all free of control characters. */
    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE patient; --", "\" OR \"\"=\"", "1) OR (1=1", "') or 1=1 --",
            "%' and '%'='", "%", "_", "%%", "\\", "\\\\'", "*", "1; select pg_sleep(2)--",
            "from Patient p where 1=1", "select p from Patient p", "' || (select string_agg(phn, ',') from patient) || '",
            "{\"$ne\": null}", "{\"$gt\": \"\"}", "}]}", "\"}, \"role\": \"admin", "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini", "..%2F..%2F..%2Fetc%2Fpasswd", "file:///etc/passwd", "${jndi:ldap://127.0.0.1/a}",
            "#{7*7}", "${7*7}", "{{7*7}}", "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
            "%0d%0aSet-Cookie: pas=1", "%00", "null", "undefined", "NaN", "true", "-1", "0", "1e309",
            "%s%s%s%n", "admin", "9999999998");

    /** Unusual but printable Unicode: valid wherever the contract only forbids control characters. */
    static final List<String> UNICODE_SAMPLES = List.of(
            "Zoë Saldaña", "O'Brien-Smith", "李小龍", "مريم", "Ngāti Porou", "Ḥ̸̡̪̯ͨ͊̽̅̾̎Ȩ̬̩̾͛ͪ̈́̀́͘", "🙂 Smile", "👩‍⚕️",
            "\u202Eevil\u202C", "zero\u200Bwidth", "e\u0301", "\uFEFFbom", "\u00A0nbsp", "Ω≈ç√∫", "𝕬𝖑𝖎𝖈𝖊", "ß", "İstanbul");

    /** Strings that break the usual patterns: control characters, lone surrogates, non-characters, CRLF. */
    static final List<String> CONTROL_SAMPLES = List.of(
            "\u0000", "a\u0000b", "\r\nSet-Cookie: pas=1", "line\nbreak", "tab\there", "\u001B[31mred", "\u007F",
            "\uD800", "x\uDC00y", "\uFFFF", "\uFFFE", "\u0008\u000C", "\r", "\u0085next");

    private final Function<String, List<String>> ids;
    private final List<String> subjects;
    private final List<String> phns;

    /**
     * @param ids real ids of seeded records by the name of the parameter or property that holds them
     *            (communityId, providerId...); an empty list for other names
     */
    ContractFuzzArbitraries(Function<String, List<String>> ids, List<String> subjects, List<String> phns) {
        this.ids = ids;
        this.subjects = subjects;
        this.phns = phns;
    }

    // ---------------------------------------------------------------- values that satisfy a schema

    /** A value valid against {@code schema}; {@code name} is the property or parameter that holds it. */
    Arbitrary<JsonNode> valid(Schema<?> schema, String name) {
        Arbitrary<JsonNode> value = switch (typeOf(schema)) {
            case "object" -> object(schema);
            case "array" -> {
                int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
                int max = Math.max(min, Math.min(schema.getMaxItems() == null ? 4 : schema.getMaxItems(), min + 4));
                var list = valid(schema.getItems(), name).list().ofMinSize(min).ofMaxSize(max);
                yield (Boolean.TRUE.equals(schema.getUniqueItems()) ? list.uniqueElements() : list)
                        .map(items -> (JsonNode) JSON.arrayNode().addAll(items));
            }
            case "integer", "number" -> integers(schema).map(JSON::numberNode);
            case "boolean" -> Arbitraries.of(true, false).map(JSON::booleanNode);
            default -> string(schema, name).map(JSON::textNode);
        };
        return Boolean.TRUE.equals(schema.getNullable())
                ? Arbitraries.frequencyOf(Tuple.of(9, value), Tuple.of(1, Arbitraries.just(JSON.nullNode())))
                : value;
    }

    private Arbitrary<JsonNode> object(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        List<String> names = new ArrayList<>();
        List<Arbitrary<Optional<JsonNode>>> values = new ArrayList<>();
        properties.forEach((property, propertySchema) -> {
            if (Boolean.TRUE.equals(propertySchema.getReadOnly())) {
                return;
            }
            names.add(property);
            Arbitrary<JsonNode> value = valid(propertySchema, property);
            values.add(required.contains(property) ? value.map(Optional::of) : value.optional(0.6));
        });
        if (names.isEmpty()) {
            return Arbitraries.just(JSON.objectNode());
        }
        return Combinators.combine(values).as(present -> {
            ObjectNode node = JSON.objectNode();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                present.get(i).ifPresent(v -> node.set(name, v));
            }
            return (JsonNode) node;
        });
    }

    static long lowest(Schema<?> schema) {
        return schema.getMinimum() != null ? schema.getMinimum().longValue()
                : "int64".equals(schema.getFormat()) ? Long.MIN_VALUE : Integer.MIN_VALUE;
    }

    static long highest(Schema<?> schema) {
        return schema.getMaximum() != null ? schema.getMaximum().longValue()
                : "int64".equals(schema.getFormat()) ? Long.MAX_VALUE : Integer.MAX_VALUE;
    }

    private static Arbitrary<Long> integers(Schema<?> schema) {
        return Arbitraries.longs().between(lowest(schema), highest(schema));
    }

    /** A string valid against the schema: by enum, format or pattern, else free text within its lengths. */
    Arbitrary<String> string(Schema<?> schema, String name) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return Arbitraries.of(schema.getEnum().stream().map(String::valueOf).toList());
        }
        String pattern = schema.getPattern() == null ? "" : schema.getPattern();
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        int max = schema.getMaxLength() == null ? 100 : schema.getMaxLength();
        if (format.equals("uuid") || pattern.equals(UUID_PATTERN)) {
            return uuid(name);
        }
        if (format.equals("email")) {
            return email();
        }
        if (format.equals("date") || pattern.equals(DATE_PATTERN)) {
            return date();
        }
        if (format.equals("date-time") || pattern.startsWith("^[0-9]{4}-[0-9]{2}-[0-9]{2}T")) {
            return Arbitraries.longs().between(-3_000_000_000L, 3_000_000_000L)
                    .map(s -> OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(1_700_000_000L + s), ZoneOffset.UTC).toString());
        }
        return switch (pattern) {
            case "^[\\x21-\\x7E]{1,64}$", "^[\\x21-\\x7E]{1,255}$" -> Arbitraries.frequencyOf(
                    Tuple.of(2, Arbitraries.of(subjects)),
                    Tuple.of(1, Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(Math.min(max, 64))));
            case "^\\+?[0-9 ().-]{7,20}$" -> Arbitraries.strings().withChars("0123456789 ().-").ofMinLength(7).ofMaxLength(19)
                    .map(s -> "+" + s);
            case "^[a-z]{2,3}$" -> Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("en", "fr", "pa", "zh", "yue", "tl")),
                    Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(3)));
            case "^9[0-9]{9}$" -> Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(phns)),
                    Tuple.of(4, Arbitraries.integers().between(0, 99_999_999).map(n -> Phn.withCheckDigit("%08d".formatted(n)))
                            .filter(java.util.Objects::nonNull)),
                    Tuple.of(1, Arbitraries.strings().numeric().ofLength(9).map(s -> "9" + s)));
            case "^[A-Z][0-9][A-Z] [0-9][A-Z][0-9]$" -> Combinators.combine(Arbitraries.chars().range('A', 'Z'),
                    Arbitraries.chars().range('0', '9')).as((l, d) -> "" + l + d + l + " " + d + l + d);
            case "^[0-9]{4}-(0[1-9]|1[0-2])$" -> Combinators.combine(Arbitraries.integers().between(1995, 2030),
                    Arbitraries.integers().between(1, 12)).as((year, month) -> "%04d-%02d".formatted(year, month));
            case "^[\\x20-\\x7E]{1,200}$" -> Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of("*", "\"0\"")),
                    Tuple.of(1, Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(200)));
            case "^[A-Z0-9]{5}$" -> Arbitraries.strings().withCharRange('A', 'Z').numeric().ofLength(5);
            case "^[A-Za-z0-9._:/-]{1,100}$" -> Arbitraries.frequencyOf(Tuple.of(1, uuid(name)),
                    Tuple.of(1, Arbitraries.strings().alpha().numeric().withChars("._:/-").ofMinLength(1).ofMaxLength(100)));
            case "^[a-z][A-Za-z0-9]{1,63}$" -> Arbitraries.of("getPatient", "attachWaitlistEntry", "listAuditEvents", "ab",
                    "x".repeat(64));
            case "^[A-Z][A-Z0-9_]{2,63}$" -> Arbitraries.of("PATIENT_READ", "PANEL_MEMBER_ADD", "WAITLIST_ATTACH", "ABC",
                    "X".repeat(64));
            case "^([01][0-9]|2[0-3]):[0-5][0-9]$" -> Combinators.combine(Arbitraries.integers().between(0, 23),
                    Arbitraries.integers().between(0, 59)).as((h, m) -> "%02d:%02d".formatted(h, m));
            case "^(W/)?\"[^\"]{1,64}\"$" -> Arbitraries.of("\"0\"", "\"1\"", "W/\"0\"", "\"999999\"");
            case "^[A-Za-z0-9_-]{8,64}$" -> Arbitraries.strings().alpha().numeric().withChars("_-").ofMinLength(8).ofMaxLength(64);
            case "^[A-Za-z0-9_-]{43}$" -> Arbitraries.strings().alpha().numeric().withChars("_-").ofLength(43);
            case "^[A-Za-z0-9._-]{1,64}$" -> Arbitraries.strings().alpha().numeric().withChars("._-").ofMinLength(1).ofMaxLength(64);
            default -> {
                if (pattern.startsWith("^(") && pattern.endsWith(")$")) {
                    yield Arbitraries.of(pattern.substring(2, pattern.length() - 2).split("\\|"));
                }
                if (!pattern.isEmpty() && !pattern.startsWith("^[^\\x00")) {
                    throw new IllegalStateException("No generator for the pattern " + pattern + " of " + name
                            + ": add one to ContractFuzzArbitraries.string");
                }
                yield text(Math.max(min, 0), max);
            }
        };
    }

    /** Free text: plain words, unusual Unicode and injection strings, all within the lengths. */
    static Arbitrary<String> text(int min, int max) {
        Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().withChars(" .,'-")
                .ofMinLength(Math.max(1, min)).ofMaxLength(Math.max(1, Math.min(max, 40)));
        Arbitrary<String> full = Arbitraries.strings().withChars('x').ofLength(max);
        return Arbitraries.frequencyOf(
                        Tuple.of(6, plain),
                        Tuple.of(2, Arbitraries.of(UNICODE_SAMPLES)),
                        Tuple.of(2, Arbitraries.of(INJECTIONS)),
                        Tuple.of(1, full))
                .filter(s -> s.length() >= min && s.codePointCount(0, s.length()) <= max && s.length() <= max);
    }

    Arbitrary<String> uuid(String name) {
        List<String> real = ids.apply(name);
        Arbitrary<String> random = Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong()).toString());
        return real.isEmpty() ? random : Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(real)), Tuple.of(1, random));
    }

    private Arbitrary<String> email() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(subjects).map(s -> s + "@test.example")),
                Tuple.of(2, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).map(s -> s.toLowerCase() + "@fuzz.example")),
                Tuple.of(1, Web.emails().allowQuotedLocalPart().filter(e -> e.length() <= 254)));
    }

    private static Arbitrary<String> date() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(-60_000, 3_000).map(d -> LocalDate.of(2026, 1, 1).plusDays(d).toString())),
                // Pattern-valid, calendar-invalid: a 4xx, never a 500.
                Tuple.of(1, Arbitraries.of("2023-02-30", "2024-13-01", "0000-00-00", "9999-99-99", "1900-02-29")));
    }

    // ---------------------------------------------------------------- hostile values

    /** A value that breaks {@code schema} (or is valid in a hostile way) in the way {@code kind} says. */
    Arbitrary<JsonNode> hostile(Schema<?> schema, Kind kind) {
        String type = typeOf(schema);
        return switch (kind) {
            case WRONG_TYPE -> Arbitraries.of(switch (type) {
                case "string" -> List.<JsonNode>of(JSON.numberNode(42), JSON.booleanNode(true), JSON.objectNode(),
                        JSON.arrayNode().add("x"), JSON.numberNode(1.5));
                case "integer", "number" -> List.<JsonNode>of(JSON.textNode("12"), JSON.textNode("abc"), JSON.booleanNode(false),
                        JSON.numberNode(1.5), JSON.objectNode(), JSON.arrayNode().add(1), JSON.textNode(""));
                case "boolean" -> List.<JsonNode>of(JSON.textNode("true"), JSON.numberNode(1), JSON.textNode("yes"),
                        JSON.arrayNode());
                case "array" -> List.<JsonNode>of(JSON.objectNode(), JSON.textNode("a,b"), JSON.numberNode(1));
                default -> List.<JsonNode>of(JSON.arrayNode().add(JSON.objectNode()), JSON.textNode("{}"), JSON.numberNode(0),
                        JSON.booleanNode(true));
            });
            case NULL_VALUE -> Arbitraries.just(JSON.nullNode());
            case BOUNDARY -> switch (type) {
                case "integer", "number" -> {
                    long low = lowest(schema);
                    long high = highest(schema);
                    yield Arbitraries.of(JSON.numberNode(low), JSON.numberNode(high),
                            JSON.numberNode(BigInteger.valueOf(low).subtract(BigInteger.ONE)),
                            JSON.numberNode(BigInteger.valueOf(high).add(BigInteger.ONE)),
                            JSON.numberNode(BigInteger.TWO.pow(64)), JSON.numberNode(new BigDecimal("-1e400")),
                            JSON.numberNode(new BigDecimal("1e309")), JSON.numberNode(-0.0), JSON.numberNode(0.5),
                            JSON.numberNode(new BigInteger("9".repeat(1200))));
                }
                case "string" -> {
                    int max = schema.getMaxLength() == null ? 1000 : schema.getMaxLength();
                    int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
                    yield Arbitraries.of(JSON.textNode("a".repeat(max)), JSON.textNode("a".repeat(max + 1)),
                            JSON.textNode("é".repeat(max + 1)), JSON.textNode("x".repeat(Math.max(0, min - 1))),
                            JSON.textNode(""), JSON.textNode(" "), JSON.textNode("A".repeat(60_000)),
                            JSON.textNode("🙂".repeat(max / 2 + 1)));
                }
                case "array" -> Arbitraries.just(JSON.arrayNode());
                default -> Arbitraries.just(JSON.objectNode());
            };
            case UNICODE -> Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.of(CONTROL_SAMPLES)),
                    Tuple.of(2, Arbitraries.of(UNICODE_SAMPLES)),
                    Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30))).map(JSON::textNode);
            case INJECTION -> Arbitraries.of(INJECTIONS).map(JSON::textNode);
            case HUGE_ARRAY -> Combinators.combine(Arbitraries.integers().between(150, 6000),
                    "array".equals(type) && schema.getItems() != null ? valid(schema.getItems(), "item")
                            : Arbitraries.just((JsonNode) JSON.textNode("x"))).as((n, item) -> {
                ArrayNode array = JSON.arrayNode();
                for (int i = 0; i < n; i++) {
                    array.add(item.deepCopy());
                }
                return (JsonNode) array;
            });
            default -> valid(schema, "value");
        };
    }

    /** Where in a body a mutation can apply: the node's JSON pointer, its schema, and whether it is required. */
    record Location(String pointer, Schema<?> schema, boolean required, String parent, String field) {
    }

    static List<Location> locations(JsonNode node, Schema<?> schema) {
        List<Location> out = new ArrayList<>();
        walk(node, schema, "", true, null, null, out);
        return out;
    }

    private static void walk(JsonNode node, Schema<?> schema, String pointer, boolean required, String parent, String field,
            List<Location> out) {
        if (schema == null) {
            return;
        }
        out.add(new Location(pointer, schema, required, parent, field));
        if (node instanceof ObjectNode object && schema.getProperties() != null) {
            List<String> requiredNames = schema.getRequired() == null ? List.of() : schema.getRequired();
            object.fieldNames().forEachRemaining(name -> walk(object.get(name), schema.getProperties().get(name),
                    pointer + "/" + name, requiredNames.contains(name), pointer, name, out));
        } else if (node instanceof ArrayNode array && schema.getItems() != null) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), schema.getItems(), pointer + "/" + i, true, pointer, String.valueOf(i), out);
            }
        }
    }

    /** The body of {@code kind}: a valid body, or a valid one with one hostile change. */
    Arbitrary<JsonNode> jsonBody(Schema<?> schema, Kind kind) {
        Arbitrary<JsonNode> valid = valid(schema, "body");
        return switch (kind) {
            case MISSING_FIELD -> valid.flatMap(tree -> {
                List<Location> required = locations(tree, schema).stream()
                        .filter(l -> l.required() && l.parent() != null && !l.field().matches("[0-9]+")
                                && !"array".equals(typeOf(l.schema()))).toList();
                if (required.isEmpty()) {
                    return Arbitraries.just(tree); // nothing to leave out but arrays (see mustBeRefused)
                }
                return Arbitraries.of(required).map(l -> {
                    JsonNode copy = tree.deepCopy();
                    ((ObjectNode) copy.at(JsonPointer.compile(l.parent()))).remove(l.field());
                    return copy;
                });
            });
            case EXTRA_FIELD -> valid.flatMap(tree -> {
                List<Location> objects = locations(tree, schema).stream().filter(l -> tree.at(pointer(l)).isObject()).toList();
                if (objects.isEmpty()) {
                    return Arbitraries.just(tree);
                }
                return Combinators.combine(Arbitraries.of(objects),
                        Arbitraries.of("unexpected", "id", "status", "version", "createdAt", "role", "roles", "__proto__",
                                "constructor", "@class", "$ref", "isAdmin", "Name", " name", "name\u0000"),
                        Arbitraries.of(JSON.textNode("ATTACHED"), JSON.numberNode(1), JSON.booleanNode(true), JSON.nullNode(),
                                JSON.objectNode().put("admin", true))).as((l, name, value) -> {
                    JsonNode copy = tree.deepCopy();
                    ((ObjectNode) copy.at(pointer(l))).set(name, value);
                    return copy;
                });
            });
            case VALID, MALFORMED_BODY, CONTENT_TYPE, NOT_ACCEPTABLE, BAD_ID, UNKNOWN_ID, BAD_QUERY, BAD_HEADER -> valid;
            default -> valid.flatMap(tree -> {
                List<Location> targets = locations(tree, schema).stream().filter(l -> suits(l.schema(), kind)).toList();
                List<Location> where = targets.isEmpty() ? locations(tree, schema) : targets;
                return Arbitraries.of(where).flatMap(l -> hostile(l.schema(), kind).map(value -> replace(tree.deepCopy(), l, value)));
            });
        };
    }

    private static JsonPointer pointer(Location l) {
        return JsonPointer.compile(l.pointer());
    }

    private static boolean suits(Schema<?> schema, Kind kind) {
        String type = typeOf(schema);
        return switch (kind) {
            case UNICODE, INJECTION -> type.equals("string") && (schema.getEnum() == null || kind == Kind.INJECTION);
            case BOUNDARY -> type.equals("string") || type.equals("integer") || type.equals("number");
            case HUGE_ARRAY -> type.equals("array");
            case NULL_VALUE -> !Boolean.TRUE.equals(schema.getNullable());
            default -> true;
        };
    }

    private static JsonNode replace(JsonNode root, Location l, JsonNode value) {
        if (l.parent() == null) {
            return value;
        }
        JsonNode parent = root.at(JsonPointer.compile(l.parent()));
        if (parent instanceof ObjectNode object) {
            object.set(l.field(), value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(l.field()), value);
        }
        return root;
    }

    /**
     * Bodies that are not the JSON the operation reads, or no JSON at all; {@code oversize} adds bodies
     * over the 64 KiB JSON limit (413), which only operations that take a body declare.
     */
    static Arbitrary<byte[]> malformedJson(boolean oversize) {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "{", "{\"a\":", "}", "null", "[]", "\"text\"", "123", "true", "{}{}", "{\"a\":1,}",
                                "{'single': 'quotes'}", "{\"a\":01}", "{\"a\":NaN}", "{\"a\":\"\\uD800\"}", "{\"a\":\"\\x00\"}",
                                "\uFEFF{}", "{\"a\":1}garbage", "[{}, {}, {}]", "{\"a\":1, \"a\":2}")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(1_100, 5_000).map(n -> ("[".repeat(n) + "]".repeat(n)).getBytes(StandardCharsets.UTF_8)),
                Arbitraries.just(("{\"n\":" + "9".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8)),
                Arbitraries.just(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'}),
                Arbitraries.integers().between(oversize ? 65_000 : 1_000, oversize ? 140_000 : 60_000)
                        .map(n -> ("{\"name\":\"" + "a".repeat(n) + "\"}").getBytes(StandardCharsets.UTF_8)));
    }

    /** JSON bytes of a tree; a string with a lone surrogate cannot be UTF-8, so that one goes out \\u-escaped. */
    static byte[] encode(JsonNode tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (Exception e) {
            try {
                return ESCAPING.writeValueAsBytes(tree);
            } catch (Exception again) {
                throw new IllegalStateException(again);
            }
        }
    }

    // ---------------------------------------------------------------- multipart (panel files)

    private static final String CSV_HEADER = "phn,surname,given_names,date_of_birth,gender,postal_code\n";

    /** A panel upload: a valid form with a small valid file, or a broken form or file. */
    Arbitrary<Body> multipart(Kind kind) {
        Arbitrary<String> row = Combinators.combine(string(phnSchema(), "phn"), text(1, 30).filter(s -> !s.contains(",")
                        && !s.contains("\"")), date(), Arbitraries.of("F", "M", "X", "U"))
                .as((phn, name, born, gender) -> phn + "," + name + ",Fuzz," + born + "," + gender + ",V5K 0A1\n");
        Arbitrary<byte[]> validFile = row.list().ofMinSize(1).ofMaxSize(4)
                .map(rows -> (CSV_HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8));
        Arbitrary<String> mode = Arbitraries.of("ALL_OR_NOTHING", "APPLY_VALID_ROWS");
        if (kind == Kind.VALID || kind == Kind.BAD_ID || kind == Kind.UNKNOWN_ID || kind == Kind.BAD_QUERY
                || kind == Kind.BAD_HEADER || kind == Kind.NOT_ACCEPTABLE) {
            return Combinators.combine(validFile, mode, Arbitraries.of("TELEPLAN", "DR_BILL").optional())
                    .as((file, m, source) -> form(file, m, source.orElse(null), true));
        }
        Arbitrary<byte[]> badFile = Arbitraries.of(
                new byte[0], "phn,surname\n9000000000,A\n".getBytes(StandardCharsets.UTF_8), CSV_HEADER.getBytes(StandardCharsets.UTF_8),
                (CSV_HEADER + "\"9000000000,unclosed\n").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 'p', 0, 'h', 0, 'n'},
                (CSV_HEADER + "=cmd|' /C calc'!A0,@SUM(1),+1,1990-01-01,F,\n").getBytes(StandardCharsets.UTF_8),
                (CSV_HEADER + "9999999998,' OR 1=1 --,x,1990-02-30,Q,ZZZ\n").getBytes(StandardCharsets.UTF_8),
                (CSV_HEADER + "9000000000," + "N".repeat(5000) + ",x,1990-01-01,F,\n").getBytes(StandardCharsets.UTF_8),
                (CSV_HEADER + "a\u0000b,c,d,e,f,g,h,i,j\n").getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(
                Combinators.combine(badFile, mode).as((file, m) -> form(file, m, null, true)),
                Combinators.combine(validFile, Arbitraries.of("", "NOPE", "all_or_nothing", "' OR 1=1"))
                        .as((file, m) -> form(file, m, "TELEPLAN", true)),
                validFile.map(file -> form(file, null, null, true)),
                mode.map(m -> form(null, m, null, true)),
                validFile.map(file -> form(file, "APPLY_VALID_ROWS", null, false)),
                validFile.map(file -> new Body(file, "text/csv")),
                Arbitraries.just(new Body("{\"mode\": \"ALL_OR_NOTHING\"}".getBytes(StandardCharsets.UTF_8), "application/json")));
    }

    private static Schema<?> phnSchema() {
        return new io.swagger.v3.oas.models.media.StringSchema().pattern("^9[0-9]{9}$");
    }

    /** A multipart/form-data body; {@code wellFormed} false cuts it short and lies about the boundary. */
    private static Body form(byte[] file, String mode, String source, boolean wellFormed) {
        String boundary = "fuzz" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (file != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"panel.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        for (String[] field : new String[][] {{"mode", mode}, {"source", source}}) {
            if (field[1] != null) {
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                        + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!wellFormed) {
            return new Body(out.toByteArray(), "multipart/form-data; boundary=other" + boundary);
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Body(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    // ---------------------------------------------------------------- parameters

    /** A hostile path id: not a UUID, oversize, injection, or a UUID in an odd spelling. */
    static Arbitrary<String> badId() {
        return Arbitraries.oneOf(
                Arbitraries.of("abc", "1", "-1", "0", "null", "undefined", "me", "%", "*", "' OR '1'='1", "1;DROP TABLE patient",
                        "00000000000000000000000000000000", "{00000000-0000-4000-8000-000000000000}",
                        "00000000-0000-4000-8000-00000000000G", "00000000-0000-4000-8000-0000000000000",
                        "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "../../etc/passwd", "..;", "%2e%2e", "\u0000", "\r\n", "é",
                        "🙂", "x".repeat(1000), "00000000-0000-0000-0000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF"),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40).filter(s -> !s.equals(".") && !s.equals("..")));
    }

    /** Hostile values for a query parameter of this schema. */
    static Arbitrary<String> badQueryValue(Schema<?> schema) {
        String type = typeOf(schema);
        // At most 1 000 characters: request lines over 4 096 bytes are refused by the HTTP server itself (an empty 414).
        Arbitrary<String> common = Arbitraries.of("", " ", "abc", "' OR 1=1 --", "%", "\u0000", "\r\nX: y", "🙂",
                "x".repeat(1000), "null", "[]", "{}", "1,2");
        Arbitrary<String> specific = switch (type) {
            case "integer", "number" -> Arbitraries.of("-1", "0", "101", "10001", "2147483648", "-2147483649",
                    "99999999999999999999", "1.5", "0x10", "1e3", "+1", " 1", String.valueOf(lowest(schema) - 1),
                    String.valueOf(highest(schema) + 1), "١٢");
            case "boolean" -> Arbitraries.of("yes", "1", "0", "TRUE", "t", "on", "truee");
            default -> schema.getEnum() != null
                    ? Arbitraries.of(schema.getEnum().stream().map(v -> String.valueOf(v).toLowerCase()).toList())
                            .map(v -> v.isEmpty() ? "X" : v)
                    : Arbitraries.of("2023-02-30", "2024-13-01", "0000-00-00", "9999-99-99", "yesterday", "2024-01-01T25:00Z",
                            "00000000-0000-4000-8000-00000000000G", "x".repeat(101), "a\u0001b");
        };
        return Arbitraries.frequencyOf(Tuple.of(1, common), Tuple.of(2, specific));
    }

    static String typeOf(Schema<?> schema) {
        if (schema == null) {
            return "object";
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().iterator().next();
        }
        return schema.getProperties() != null ? "object" : schema.getItems() != null ? "array" : "string";
    }
}
