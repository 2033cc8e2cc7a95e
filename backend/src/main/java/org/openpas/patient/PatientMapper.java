package org.openpas.patient;

import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;
import org.openpas.api.beans.Address;
import org.openpas.api.beans.ChronicCondition;
import org.openpas.api.beans.ComplexityBand;
import org.openpas.api.beans.ContactPreference;
import org.openpas.api.beans.Gender;
import org.openpas.api.beans.HealthQuestionnaire;
import org.openpas.api.beans.PatientPreferences;
import org.openpas.api.beans.PatientRegistration;
import org.openpas.api.beans.PatientSummary;
import org.openpas.api.beans.PatientUpdate;
import org.openpas.api.beans.ProviderGenderPreference;
import org.openpas.api.beans.QuestionnaireResult;
import org.openpas.api.beans.RegistrantRelationship;
import org.openpas.api.beans.WaitlistStatus;
import org.openpas.common.Locales;
import org.openpas.common.RequestHash;
import org.openpas.community.Community;

/** Between the patient entity (and the service's records) and the API's patient beans. */
public final class PatientMapper {

    private PatientMapper() {
    }

    public static org.openpas.api.beans.Patient toApi(Patient patient, Community community, PatientWaitlist.Entry entry) {
        var api = new org.openpas.api.beans.Patient();
        api.setId(patient.id);
        api.setPhn(patient.phn);
        api.setFamilyName(patient.familyName);
        api.setGivenNames(patient.givenNames);
        api.setDateOfBirth(patient.dateOfBirth.toString());
        api.setGender(Gender.fromValue(patient.gender));
        var address = new Address();
        address.setLine1(patient.addressLine1);
        address.setLine2(patient.addressLine2);
        address.setCity(patient.city);
        address.setProvince(Address.Province.fromValue(patient.province));
        address.setPostalCode(patient.postalCode);
        api.setAddress(address);
        api.setCommunityId(patient.communityId);
        api.setCommunityName(community.name);
        api.setPhone(patient.phone);
        api.setEmail(patient.email);
        api.setPreferredLanguage(patient.preferredLanguage);
        api.setPreferredLocale(org.openpas.api.beans.Locale.fromValue(Locales.tag(patient.locale())));
        api.setConsentToShare(patient.consentToShare);
        api.setRelationshipToRegistrant(RegistrantRelationship.fromValue(patient.relationship));
        api.setRegistrantSubject(patient.registrantSubject);
        api.setHouseholdId(patient.householdId);
        api.setMatchWithHousehold(patient.matchWithHousehold);
        api.setQuestionnaire(questionnaire(patient));
        api.setPreferences(preferences(patient));
        api.setPriorityPoints(patient.priorityPoints);
        api.setComplexity(ComplexityBand.fromValue(patient.complexity));
        if (entry != null) {
            api.setWaitlistEntryId(entry.id());
            api.setWaitlistStatus(WaitlistStatus.fromValue(entry.status()));
            api.setAttachedProviderId(entry.attachedProviderId());
        }
        api.setCreatedAt(Date.from(patient.createdAt));
        api.setUpdatedAt(Date.from(patient.updatedAt));
        return api;
    }

    public static PatientSummary summary(Patient patient, Community community) {
        var api = new PatientSummary();
        api.setId(patient.id);
        api.setPhn(patient.phn);
        api.setFamilyName(patient.familyName);
        api.setGivenNames(patient.givenNames);
        api.setDateOfBirth(patient.dateOfBirth.toString());
        api.setGender(Gender.fromValue(patient.gender));
        api.setPreferredLanguage(patient.preferredLanguage);
        api.setCommunityId(community.id);
        api.setCommunityName(community.name);
        return api;
    }

    /** The patient's preferences: on the patient, and on their waitlist entry for the provider to see. */
    public static PatientPreferences preferences(Patient patient) {
        var api = new PatientPreferences();
        api.setProviderGender(ProviderGenderPreference.fromValue(patient.providerGenderPreference));
        api.setInterpreterNeeded(patient.interpreterNeeded);
        api.setAccessibilityNeeds(patient.accessibilityNeeds);
        api.setContactPreference(ContactPreference.fromValue(patient.contactPreference));
        return api;
    }

    public static QuestionnaireResult questionnaireResult(Patient patient) {
        var api = new QuestionnaireResult();
        api.setPatientId(patient.id);
        api.setQuestionnaire(questionnaire(patient));
        api.setPriorityPoints(patient.priorityPoints);
        api.setComplexity(ComplexityBand.fromValue(patient.complexity));
        api.setAnsweredAt(Date.from(patient.questionnaireAnsweredAt));
        return api;
    }

    static HealthQuestionnaire questionnaire(Patient patient) {
        var api = new HealthQuestionnaire();
        api.setChronicConditions(Arrays.stream(patient.chronicConditions).map(ChronicCondition::fromValue)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        api.setPregnant(patient.pregnant);
        api.setRecentHospitalStay(patient.recentHospitalStay);
        api.setMentalHealthNeeds(patient.mentalHealthNeeds);
        api.setMobilityLimitations(patient.mobilityLimitations);
        return api;
    }

    /** The registration as the service takes it; the hash is of the body as sent, to recognise a retry. */
    static PatientService.Registration registration(PatientRegistration input) {
        var details = new PatientService.Details(input.getFamilyName(), input.getGivenNames(), input.getDateOfBirth(),
                input.getGender().value(), address(input.getAddress()), input.getCommunityId(), input.getPhone(),
                input.getEmail(), input.getPreferredLanguage(), tag(input.getPreferredLocale()), input.getConsentToShare(),
                Boolean.TRUE.equals(input.getMatchWithHousehold()), preferences(input.getPreferences()));
        return new PatientService.Registration(input.getPhn(), input.getRelationshipToRegistrant().value(), details,
                answers(input.getQuestionnaire()), RequestHash.of(input));
    }

    static PatientService.Details details(PatientUpdate input) {
        return new PatientService.Details(input.getFamilyName(), input.getGivenNames(), input.getDateOfBirth(),
                input.getGender().value(), address(input.getAddress()), input.getCommunityId(), input.getPhone(),
                input.getEmail(), input.getPreferredLanguage(), tag(input.getPreferredLocale()), input.getConsentToShare(),
                Boolean.TRUE.equals(input.getMatchWithHousehold()), preferences(input.getPreferences()));
    }

    /** Null when none was sent. */
    private static String tag(org.openpas.api.beans.Locale locale) {
        return locale == null ? null : locale.value();
    }

    /** Null when none were sent. */
    private static PatientService.Preferences preferences(PatientPreferences input) {
        return input == null ? null : new PatientService.Preferences(input.getProviderGender().value(),
                Boolean.TRUE.equals(input.getInterpreterNeeded()), input.getAccessibilityNeeds(),
                input.getContactPreference().value());
    }

    static PatientService.Questionnaire answers(HealthQuestionnaire answers) {
        return new PatientService.Questionnaire(
                answers.getChronicConditions().stream().map(ChronicCondition::value).toList(),
                Boolean.TRUE.equals(answers.getPregnant()), Boolean.TRUE.equals(answers.getRecentHospitalStay()),
                Boolean.TRUE.equals(answers.getMentalHealthNeeds()),
                Boolean.TRUE.equals(answers.getMobilityLimitations()));
    }

    private static PatientService.Address address(Address address) {
        return new PatientService.Address(address.getLine1(), address.getLine2(), address.getCity(),
                address.getProvince().value(), address.getPostalCode());
    }
}
