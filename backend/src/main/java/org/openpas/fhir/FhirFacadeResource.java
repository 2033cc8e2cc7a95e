package org.openpas.fhir;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Resource;
import org.openpas.api.beans.FhirResource;
import org.openpas.clinic.Clinic;
import org.openpas.common.Ids;
import org.openpas.common.PageResult;
import org.openpas.common.ProblemException;
import org.openpas.common.Roles;

/**
 * HTTP for /fhir (also served at /fhir on the host, {@link FhirRoutes}): a read-only FHIR R4 facade. Parses the
 * FHIR parameters (strictly: an unknown one is 400), asks {@link FhirService}, answers HAPI's JSON.
 */
public class FhirFacadeResource implements org.openpas.api.FhirResource {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;
    static final Set<String> ALWAYS = Set.of("_format", "_count", "page", "_pretty");

    private final FhirService fhir;
    private final CurrentVertxRequest request;

    public FhirFacadeResource(FhirService fhir, CurrentVertxRequest request) {
        this.fhir = fhir;
        this.request = request;
    }

    @Override
    @PermitAll
    public FhirResource getFhirCapabilities(String format) {
        allowOnly(Set.of());
        return FhirMapper.json(FhirCapabilityMapper.capabilities(base()));
    }

    @Override
    @PermitAll
    public FhirResource searchFhirPractitioners(String name, String count, String page, String format) {
        allowOnly(Set.of("name"));
        FhirMapper.Paging paging = paging(count, page);
        var found = fhir.practitioners(blankToNull(name), paging.page(), paging.size());
        return searchset("Practitioner", found, found.items().stream().map(FhirMapper::practitioner).toList());
    }

    @Override
    @PermitAll
    public FhirResource readFhirPractitioner(String id, String format) {
        allowOnly(Set.of());
        return FhirMapper.json(FhirMapper.practitioner(fhir.practitioner(Ids.parse(id.trim(), "Practitioner"))));
    }

    @Override
    @PermitAll
    public FhirResource searchFhirPractitionerRoles(String newpatients, String locationAddressCity, String community,
            String practitioner, String organization, String location, String language, String count, String page,
            String format) {
        allowOnly(Set.of("newpatients", "location.address-city", "community", "practitioner", "organization", "location",
                "language"));
        FhirMapper.Paging paging = paging(count, page);
        UUID clinic = reference(organization, "Organization");
        UUID site = reference(location, "Location");
        if (clinic != null && site != null && !clinic.equals(site)) {
            clinic = new UUID(0, 0); // two different clinics: nothing matches both
        }
        var query = new FhirService.RoleQuery(null, reference(practitioner, "Practitioner"), clinic != null ? clinic : site,
                optionalId(community, "community"), blankToNull(locationAddressCity),
                language == null || language.isBlank() ? null : language.trim().toLowerCase(Locale.ROOT),
                bool(newpatients, "newpatients"));
        FhirService.Roles roles = fhir.roles(query, paging.page(), paging.size());
        return searchset("PractitionerRole", roles.links(), FhirMapper.roles(roles));
    }

    @Override
    @PermitAll
    public FhirResource readFhirPractitionerRole(String id, String format) {
        allowOnly(Set.of());
        return FhirMapper.json(FhirMapper.roles(fhir.role(Ids.parse(id.trim(), "PractitionerRole"))).get(0));
    }

    @Override
    @PermitAll
    public FhirResource searchFhirOrganizations(String name, String addressCity, String type, String community,
            String count, String page, String format) {
        return clinics("Organization", "prov", name, addressCity, type, community, count, page);
    }

    @Override
    @PermitAll
    public FhirResource readFhirOrganization(String id, String format) {
        allowOnly(Set.of());
        return FhirMapper.json(FhirMapper.organization(fhir.clinic(Ids.parse(id.trim(), "Organization"))));
    }

    @Override
    @PermitAll
    public FhirResource searchFhirLocations(String name, String addressCity, String type, String community, String count,
            String page, String format) {
        return clinics("Location", "FMC", name, addressCity, type, community, count, page);
    }

    @Override
    @PermitAll
    public FhirResource readFhirLocation(String id, String format) {
        allowOnly(Set.of());
        return FhirMapper.json(FhirMapper.location(fhir.clinic(Ids.parse(id.trim(), "Location"))));
    }

    @Override
    @RolesAllowed({Roles.PROVIDER, Roles.DELEGATE, Roles.ADMIN})
    public FhirResource readFhirGroup(String id, String format) {
        allowOnly(Set.of());
        UUID provider = Ids.parse(id.trim(), "Group");
        var members = fhir.panel(provider);
        return FhirMapper.json(FhirMapper.group(fhir.practitioner(provider), members));
    }

    @Override
    @RolesAllowed({Roles.PATIENT, Roles.PROVIDER, Roles.DELEGATE, Roles.COORDINATOR, Roles.ADMIN})
    public FhirResource searchFhirPatients(String ids, String count, String page, String format) {
        allowOnly(Set.of("_id"));
        FhirMapper.Paging paging = paging(count, page);
        List<String> names = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        if (names.isEmpty() || names.size() > 20) {
            throw new ProblemException(400, "_id takes 1 to 20 patient ids, comma separated.");
        }
        // An id PAS cannot have made (not a UUID) matches no patient: a search answers a Bundle, not 404.
        List<UUID> wanted = names.stream().map(FhirFacadeResource::uuidOrNull).filter(java.util.Objects::nonNull).toList();
        List<UUID> pageOf = wanted.stream().skip((long) paging.page() * paging.size()).limit(paging.size()).toList();
        var patients = fhir.readable(pageOf).stream().map(FhirMapper::patient).toList();
        // The total counts only what this page found readable: the ids of other pages are not read (nor audited).
        var result = new PageResult<>(patients, paging.page(), paging.size(),
                paging.page() == 0 && wanted.size() <= paging.size() ? patients.size() : wanted.size());
        return searchset("Patient", result, patients);
    }

    @Override
    @Authenticated
    public FhirResource readFhirPatient(String id, String format) {
        allowOnly(Set.of());
        return FhirMapper.json(FhirMapper.patient(fhir.patient(Ids.parse(id.trim(), "Patient"))));
    }

    // ---------------------------------------------------------------- helpers

    private FhirResource clinics(String type, String code, String name, String city, String typeParam, String community,
            String count, String page) {
        allowOnly(Set.of("name", "address-city", "type", "community"));
        FhirMapper.Paging paging = paging(count, page);
        PageResult<Clinic> found;
        if (typeParam != null && !typeParam.isBlank() && !Set.of(code, FhirMapper.typeSystem(type) + "|" + code).contains(typeParam.trim())) {
            found = new PageResult<>(List.of(), paging.page(), paging.size(), 0); // every clinic is of this one type
        } else {
            found = fhir.clinics(blankToNull(name), blankToNull(city), optionalId(community, "community"), paging.page(),
                    paging.size());
        }
        List<Resource> resources = found.items().stream()
                .map(clinic -> type.equals("Location") ? (Resource) FhirMapper.location(clinic) : FhirMapper.organization(clinic))
                .toList();
        return searchset(type, found, resources);
    }

    private FhirResource searchset(String type, PageResult<?> page, List<? extends Resource> resources) {
        return FhirMapper.json(FhirMapper.searchset(base(), type, searchQuery(), resources, page.page(), page.size(),
                page.totalItems()));
    }

    /** The base the caller used: scheme and host, then /fhir (rerouted) or /api/v1/fhir. */
    private String base() {
        var http = request.getCurrent().request();
        String prefix = "/fhir".equals(request.getCurrent().get(FhirRoutes.BASE)) ? "/fhir" : "/api/v1/fhir";
        return http.scheme() + "://" + http.authority() + prefix;
    }

    /** The search parameters of the request (paging left out: the links add their own), URL-encoded. */
    private String searchQuery() {
        var params = request.getCurrent().queryParams();
        return params.names().stream().sorted().filter(name -> !ALWAYS.contains(name))
                .flatMap(name -> params.getAll(name).stream().map(value -> encode(name) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * FHIR strict handling: a search parameter the operation does not know is 400, as is one given twice (FHIR reads
     * that as "both", which PAS does not support) and any XML format (406: JSON only), so a client never reads an
     * unfiltered answer as a filtered one.
     */
    private void allowOnly(Set<String> known) {
        var params = request.getCurrent().queryParams();
        for (String name : params.names()) {
            if (!known.contains(name) && !ALWAYS.contains(name)) {
                throw new ProblemException(400, "Unknown or unsupported search parameter '" + clean(name)
                        + "' (strict handling). Supported: " + String.join(", ", new java.util.TreeSet<>(known)) + ".");
            }
            if (params.getAll(name).size() > 1) {
                throw new ProblemException(400, "Search parameter '" + clean(name) + "' is given more than once "
                        + "(strict handling: both at once is not supported).");
            }
        }
        // An unencoded '+' (_format=application/fhir+json, as FHIR's examples write it) arrives as a space.
        String format = params.get("_format");
        if (format != null && !Set.of("json", "application/json", "application/fhir+json")
                .contains(format.trim().replace(' ', '+'))) {
            throw new ProblemException(406, "Only JSON is served (_format=json, application/fhir+json).");
        }
    }

    private static String clean(String text) {
        String safe = text.replaceAll("[^A-Za-z0-9._:-]", "?");
        return safe.length() > 60 ? safe.substring(0, 60) : safe;
    }

    private static FhirMapper.Paging paging(String count, String page) {
        int size = count == null ? DEFAULT_COUNT : number(count, "_count");
        int at = page == null ? 0 : number(page, "page");
        if (size < 1 || size > MAX_COUNT) {
            throw new ProblemException(400, "_count must be 1 to " + MAX_COUNT + ".");
        }
        if (at < 0 || at > 10_000) {
            throw new ProblemException(400, "page must be 0 to 10000.");
        }
        return new FhirMapper.Paging(at, size);
    }

    private static int number(String text, String name) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ProblemException(400, name + " must be a whole number.");
        }
    }

    private static Boolean bool(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ProblemException(400, name + " must be true or false.");
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID optionalId(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, name + " must be a PAS id (a UUID).");
        }
    }

    /** {@code <id>} or {@code Type/<id>}. */
    private static UUID reference(String text, String type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        return optionalId(value.startsWith(type + "/") ? value.substring(type.length() + 1) : value, type.toLowerCase(Locale.ROOT));
    }
}
