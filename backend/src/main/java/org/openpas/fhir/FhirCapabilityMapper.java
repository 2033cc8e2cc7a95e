package org.openpas.fhir;

import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations;

/** The CapabilityStatement: what the facade reads and searches (docs/fhir.md says the same for people). */
public final class FhirCapabilityMapper {

    private FhirCapabilityMapper() {
    }

    /** Search parameters per resource type: name, type, documentation. */
    static final List<String[]> PRACTITIONER = List.<String[]>of(new String[] {"name", "string", "Part of the name."});
    static final List<String[]> ROLE = List.of(
            new String[] {"newpatients", "token", "true: accepting new patients with current capacity (NDH newpatients newpt); false: the others (nopt)."},
            new String[] {"location.address-city", "string", "The city of the clinic: starts with, case-insensitive (FHIR string search)."},
            new String[] {"community", "token", "A PAS community id."},
            new String[] {"practitioner", "reference", "A Practitioner."},
            new String[] {"organization", "reference", "An Organization (clinic)."},
            new String[] {"location", "reference", "A Location (clinic)."},
            new String[] {"language", "token", "A language the practitioner speaks (ISO 639-1)."});
    static final List<String[]> CLINIC = List.of(
            new String[] {"name", "string", "Part of the name."},
            new String[] {"address-city", "string", "The city: starts with, case-insensitive (FHIR string search)."},
            new String[] {"type", "token", "prov (Organization) or FMC (Location): every clinic."},
            new String[] {"community", "token", "A PAS community id."});

    public static CapabilityStatement capabilities(String base) {
        var statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(new Date());
        statement.setName("PASFhirFacade");
        statement.setTitle("PAS FHIR R4 read facade");
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("json");
        statement.addFormat("application/fhir+json");
        statement.getSoftware().setName("PAS - Provincial Attachment System");
        statement.getImplementation().setDescription("PAS FHIR facade").setUrl(base);
        var rest = statement.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Read-only. _count 1-100 (default 20), page from 0; unknown search parameters are 400.");
        rest.getSecurity().setDescription("Practitioner, PractitionerRole, Organization, Location and metadata are public "
                + "(professional directory data). Group and Patient need a bearer token from the PAS Keycloak realm and "
                + "follow the REST API's access rules; patient reads are audited.");
        resource(rest.addResource(), "Practitioner", PRACTITIONER);
        resource(rest.addResource(), "PractitionerRole", ROLE);
        resource(rest.addResource(), "Organization", CLINIC);
        resource(rest.addResource(), "Location", CLINIC);
        rest.addResource().setType("Group").addInteraction().setCode(TypeRestfulInteraction.READ);
        resource(rest.addResource(), "Patient", List.<String[]>of(new String[] {"_id", "token", "Patient ids, comma separated (up to 20)."}));
        return statement;
    }

    private static CapabilityStatementRestResourceComponent resource(CapabilityStatementRestResourceComponent resource,
            String type, List<String[]> params) {
        resource.setType(type);
        resource.addInteraction().setCode(TypeRestfulInteraction.READ);
        resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        for (String[] param : params) {
            resource.addSearchParam().setName(param[0])
                    .setType(Enumerations.SearchParamType.fromCode(param[1])).setDocumentation(param[2]);
        }
        return resource;
    }
}
