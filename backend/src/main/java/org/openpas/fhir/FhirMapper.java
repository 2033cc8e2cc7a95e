package org.openpas.fhir;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.openpas.clinic.Clinic;
import org.openpas.clinic.ClinicStaffRepository.ProviderAtClinic;
import org.openpas.clinic.OpeningInterval;
import org.openpas.panel.PanelMemberRepository.Membership;
import org.openpas.provider.Provider;

/** PAS rows to FHIR R4 resources (docs/fhir.md has the mapping table). Professional data only for the directory. */
public final class FhirMapper {

    /** The MSP practitioner (billing) number, as PAS records it. */
    public static final String MSP_SYSTEM = "https://openpas.org/fhir/NamingSystem/bc-msp-practitioner-number";
    /** BC's Personal Health Number (the Canada Health Infoway naming system). */
    public static final String PHN_SYSTEM = "https://fhir.infoway-inforoute.ca/NamingSystem/ca-bc-patient-healthcare-id";
    public static final String NEW_PATIENTS = "http://hl7.org/fhir/us/ndh/StructureDefinition/base-ext-newpatients";
    /** NDH 1.0.0 binds acceptingPatients to THO's code system (src/main/resources/fhir/README.md). */
    public static final String ACCEPTING_CS = "http://terminology.hl7.org/CodeSystem/accepting-patients";
    /** v2 table 0360 (degree). R4 ships it only under versioned URLs, so the validator warns (docs/fhir.md). */
    static final String V2_0360 = "http://terminology.hl7.org/CodeSystem/v2-0360";
    static final String ROLE_CS = "http://terminology.hl7.org/CodeSystem/practitioner-role";
    static final String SNOMED = "http://snomed.info/sct";
    static final String ORG_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type";
    static final String ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
    static final String PHYSICAL_TYPE = "http://terminology.hl7.org/CodeSystem/location-physical-type";
    static final String ATTRIBUTED_TO = "http://openpas.org/fhir/CodeSystem/group-characteristic";

    private FhirMapper() {
    }

    static boolean isNp(Provider provider) {
        return "NURSE_PRACTITIONER".equals(provider.type);
    }

    public static Practitioner practitioner(Provider provider) {
        var fhir = new Practitioner();
        fhir.setId(provider.id.toString());
        fhir.setActive("ACTIVE".equals(provider.status));
        if (provider.mspNumber != null) {
            fhir.addIdentifier().setSystem(MSP_SYSTEM).setValue(provider.mspNumber)
                    .setUse(Identifier.IdentifierUse.OFFICIAL);
        }
        fhir.addName(name(provider.name));
        AdministrativeGender gender = providerGender(provider.gender);
        if (gender != null) {
            fhir.setGender(gender);
        }
        fhir.addQualification().setCode(new CodeableConcept(new Coding(V2_0360,
                isNp(provider) ? "NP" : "MD", isNp(provider) ? "Nurse Practitioner" : "Doctor of Medicine"))
                .setText(isNp(provider) ? "Nurse practitioner (NP)" : "Family physician (FP)"));
        for (String language : provider.languages) {
            fhir.addCommunication(new CodeableConcept(new Coding("urn:ietf:bcp:47", language, null)));
        }
        return fhir;
    }

    /** "Dr. Ana Silva": text, family (last word) and given names. */
    static HumanName name(String text) {
        var name = new HumanName().setText(text).setUse(HumanName.NameUse.OFFICIAL);
        String[] words = text.trim().replaceFirst("^(?i)(dr\\.?|np)\\s+", "").split("\\s+");
        name.setFamily(words[words.length - 1]);
        for (int i = 0; i < words.length - 1; i++) {
            name.addGiven(words[i]);
        }
        return name;
    }

    static AdministrativeGender providerGender(String gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case "FEMALE" -> AdministrativeGender.FEMALE;
            case "MALE" -> AdministrativeGender.MALE;
            case "X" -> AdministrativeGender.OTHER;
            default -> AdministrativeGender.UNKNOWN;
        };
    }

    public static PractitionerRole role(ProviderAtClinic link, Provider provider, Clinic clinic, boolean acceptingNow) {
        var role = new PractitionerRole();
        role.setId(link.staffId().toString());
        role.setActive("ACTIVE".equals(provider.status));
        role.setPractitioner(new Reference("Practitioner/" + provider.id).setDisplay(provider.name));
        role.setOrganization(new Reference("Organization/" + clinic.id).setDisplay(clinic.name));
        role.addLocation(new Reference("Location/" + clinic.id).setDisplay(clinic.name));
        role.addCode(new CodeableConcept(new Coding(ROLE_CS, isNp(provider) ? "nurse" : "doctor",
                isNp(provider) ? "Nurse" : "Doctor")).setText(isNp(provider) ? "Nurse practitioner" : "Family physician"));
        role.addSpecialty(new CodeableConcept(new Coding(SNOMED, "419772000", "Family practice"))
                .setText("Family practice"));
        role.setTelecom(telecom(clinic));
        Extension newPatients = role.addExtension().setUrl(NEW_PATIENTS);
        newPatients.addExtension("acceptingPatients", new CodeableConcept(acceptingNow
                ? new Coding(ACCEPTING_CS, "newpt", "Accepting")
                : new Coding(ACCEPTING_CS, "nopt", "Not Accepting")));
        return role;
    }

    static List<ContactPoint> telecom(Clinic clinic) {
        var points = new java.util.ArrayList<ContactPoint>();
        if (clinic.phone != null) {
            points.add(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(clinic.phone)
                    .setUse(ContactPoint.ContactPointUse.WORK));
        }
        if (clinic.fax != null) {
            points.add(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.FAX).setValue(clinic.fax)
                    .setUse(ContactPoint.ContactPointUse.WORK));
        }
        if (clinic.email != null) {
            points.add(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(clinic.email)
                    .setUse(ContactPoint.ContactPointUse.WORK));
        }
        return points;
    }

    static Address address(Clinic clinic) {
        var address = new Address().setUse(Address.AddressUse.WORK).setType(Address.AddressType.PHYSICAL)
                .setCity(clinic.city).setState(clinic.province).setPostalCode(clinic.postalCode).setCountry("CA");
        if (clinic.addressLine1 != null) {
            address.addLine(clinic.addressLine1);
        }
        if (clinic.addressLine2 != null) {
            address.addLine(clinic.addressLine2);
        }
        return address;
    }

    public static Organization organization(Clinic clinic) {
        var org = new Organization();
        org.setId(clinic.id.toString());
        org.setActive(true);
        org.setName(clinic.name);
        org.addType(new CodeableConcept(new Coding(ORG_TYPE, "prov", "Healthcare Provider")));
        org.setTelecom(telecom(clinic));
        org.addAddress(address(clinic));
        return org;
    }

    public static Location location(Clinic clinic) {
        var location = new Location();
        location.setId(clinic.id.toString());
        location.setStatus(Location.LocationStatus.ACTIVE);
        location.setMode(Location.LocationMode.INSTANCE);
        location.setName(clinic.name);
        location.addType(new CodeableConcept(new Coding(ROLE_CODE, "FMC", "Family Medicine Clinic")));
        location.setTelecom(telecom(clinic));
        location.setAddress(address(clinic));
        location.setPhysicalType(new CodeableConcept(new Coding(PHYSICAL_TYPE, "bu", "Building")));
        location.setManagingOrganization(new Reference("Organization/" + clinic.id).setDisplay(clinic.name));
        for (OpeningInterval interval : clinic.hours) {
            location.addHoursOfOperation()
                    .addDaysOfWeek(Location.DaysOfWeek.fromCode(interval.day().name().substring(0, 3).toLowerCase(Locale.ROOT)))
                    .setOpeningTime(interval.opens.toString().length() == 5 ? interval.opens + ":00" : interval.opens.toString())
                    .setClosingTime(interval.closes.toString().length() == 5 ? interval.closes + ":00" : interval.closes.toString());
        }
        return location;
    }

    public static Group group(Provider provider, List<Membership> members) {
        var group = new Group();
        group.setId(provider.id.toString());
        group.setType(Group.GroupType.PERSON);
        group.setActual(true);
        group.setName("Panel of " + provider.name);
        group.setQuantity(members.size());
        group.setManagingEntity(new Reference("Practitioner/" + provider.id).setDisplay(provider.name));
        group.addCharacteristic()
                .setCode(new CodeableConcept(new Coding(ATTRIBUTED_TO, "attributed-to", "Attributed to")))
                .setValue(new Reference("Practitioner/" + provider.id).setDisplay(provider.name))
                .setExclude(false);
        for (Membership member : members) {
            group.addMember().setEntity(new Reference("Patient/" + member.patientId()))
                    .setPeriod(new Period().setStartElement(new org.hl7.fhir.r4.model.DateTimeType(
                            member.since().toString())));
        }
        return group;
    }

    public static Patient patient(org.openpas.patient.Patient patient) {
        var fhir = new Patient();
        fhir.setId(patient.id.toString());
        fhir.setActive(patient.mergedInto == null);
        if (patient.phn != null) {
            fhir.addIdentifier().setSystem(PHN_SYSTEM).setValue(patient.phn).setUse(Identifier.IdentifierUse.OFFICIAL);
        }
        var name = fhir.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(patient.familyName);
        if (patient.givenNames != null) {
            for (String given : patient.givenNames.trim().split("\\s+")) {
                name.addGiven(given);
            }
        }
        AdministrativeGender gender = providerGender(patient.gender);
        fhir.setGender(gender == null ? AdministrativeGender.UNKNOWN : gender);
        if (patient.dateOfBirth != null) {
            fhir.setBirthDateElement(new DateType(patient.dateOfBirth.toString()));
        }
        if (patient.phone != null) {
            fhir.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(patient.phone);
        }
        if (patient.email != null) {
            fhir.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(patient.email);
        }
        if (patient.city != null || patient.postalCode != null) {
            var address = fhir.addAddress().setUse(Address.AddressUse.HOME).setCity(patient.city)
                    .setState(patient.province).setPostalCode(patient.postalCode).setCountry("CA");
            if (patient.addressLine1 != null) {
                address.addLine(patient.addressLine1);
            }
            if (patient.addressLine2 != null) {
                address.addLine(patient.addressLine2);
            }
        }
        if (patient.preferredLanguage != null) {
            fhir.addCommunication().setPreferred(true)
                    .setLanguage(new CodeableConcept(new Coding("urn:ietf:bcp:47", patient.preferredLanguage, null)));
        }
        return fhir;
    }

    /** A searchset page: total, self/next/previous links with the caller's base and query, fullUrl per entry. */
    public static Bundle searchset(String base, String type, String query, List<? extends Resource> resources, int page,
            int size, long total) {
        var bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal((int) Math.min(total, Integer.MAX_VALUE));
        bundle.getMeta().setLastUpdated(new Date());
        String prefix = base + "/" + type + "?" + (query.isEmpty() ? "" : query + "&") + "_count=" + size + "&page=";
        bundle.addLink().setRelation("self").setUrl(prefix + page);
        if ((long) (page + 1) * size < total) {
            bundle.addLink().setRelation("next").setUrl(prefix + (page + 1));
        }
        if (page > 0) {
            bundle.addLink().setRelation("previous").setUrl(prefix + (page - 1));
        }
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    /** The system of the clinic type code each resource uses. */
    static String typeSystem(String resourceType) {
        return resourceType.equals("Location") ? ROLE_CODE : ORG_TYPE;
    }

    public static FhirJson json(org.hl7.fhir.instance.model.api.IBaseResource resource) {
        return FhirFormat.json(resource);
    }

    /** A search's page (from 0) and size (_count). */
    public record Paging(int page, int size) {
    }

    /** A page of PractitionerRoles with what they are shown with. */
    public static List<Resource> roles(FhirService.Roles roles) {
        return roles.links().items().stream().map(link -> (Resource) role(link, roles.providers().get(link.providerId()),
                roles.clinics().get(link.clinicId()), roles.accepting().contains(link.providerId()))).toList();
    }
}
