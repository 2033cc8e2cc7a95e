package org.openpas.clinic;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.openpas.api.beans.Address;
import org.openpas.api.beans.ClinicCreate;
import org.openpas.api.beans.ClinicStaffInput;
import org.openpas.api.beans.ClinicStatus;
import org.openpas.api.beans.ClinicUpdate;
import org.openpas.api.beans.DayOfWeek;
import org.openpas.api.beans.MedicalDirector;
import org.openpas.api.beans.OpeningHours;
import org.openpas.api.beans.StaffKind;
import org.openpas.common.Text;
import org.openpas.community.Community;

/** Between the API's beans (generated from openapi.yaml) and the clinic entities, which never go on the wire. */
final class ClinicMapper {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private ClinicMapper() {
    }

    static org.openpas.api.beans.Clinic toApi(Clinic clinic) {
        var api = new org.openpas.api.beans.Clinic();
        api.setId(clinic.id);
        api.setName(clinic.name);
        api.setAddress(address(clinic));
        api.setCommunityId(clinic.community.id);
        api.setCommunityName(clinic.community.name);
        api.setPhone(clinic.phone);
        api.setFax(clinic.fax);
        api.setEmail(clinic.email);
        api.setStatus(ClinicStatus.fromValue(clinic.status));
        if (clinic.medicalDirectorSubject != null) {
            var director = new MedicalDirector();
            director.setSubject(clinic.medicalDirectorSubject);
            director.setName(clinic.medicalDirectorName);
            director.setEmail(clinic.medicalDirectorEmail);
            api.setMedicalDirector(director);
        }
        api.setHours(hours(clinic.hours));
        api.setCreatedAt(Date.from(clinic.createdAt));
        api.setUpdatedAt(Date.from(clinic.updatedAt));
        return api;
    }

    /** The week from Monday, as people read it (the database orders the day names alphabetically). */
    static List<OpeningHours> hours(List<OpeningInterval> intervals) {
        return intervals.stream()
                .sorted(Comparator.comparing(OpeningInterval::day).thenComparing(interval -> interval.opens))
                .map(interval -> {
            var hours = new OpeningHours();
            hours.setDayOfWeek(DayOfWeek.fromValue(interval.dayOfWeek));
            hours.setOpens(interval.opens.format(HH_MM));
            hours.setCloses(interval.closes.format(HH_MM));
            return hours;
        }).toList();
    }

    static org.openpas.api.beans.ClinicStaffMember toApi(ClinicStaffMember member) {
        var api = new org.openpas.api.beans.ClinicStaffMember();
        api.setId(member.id);
        api.setKind(StaffKind.fromValue(member.kind));
        api.setName(member.name);
        api.setEmail(member.email);
        api.setSubject(member.subject);
        api.setProviderId(member.providerId);
        api.setAddedAt(Date.from(member.addedAt));
        return api;
    }

    static void apply(ClinicCreate input, Clinic clinic, Community community) {
        details(clinic, input.getName(), input.getAddress(), community, input.getPhone(), input.getFax(), input.getEmail());
    }

    static void apply(ClinicUpdate input, Clinic clinic, Community community) {
        details(clinic, input.getName(), input.getAddress(), community, input.getPhone(), input.getFax(), input.getEmail());
        clinic.status = input.getStatus().value();
    }

    static void apply(MedicalDirector director, Clinic clinic) {
        clinic.medicalDirectorSubject = director.getSubject();
        clinic.medicalDirectorName = Text.required(director.getName(), "medicalDirector.name");
        clinic.medicalDirectorEmail = director.getEmail();
    }

    static ClinicStaffMember toStaff(UUID clinicId, ClinicStaffInput input) {
        var member = new ClinicStaffMember();
        member.clinicId = clinicId;
        member.kind = input.getKind().value();
        member.name = Text.required(input.getName(), "name");
        member.email = input.getEmail();
        member.subject = input.getSubject();
        member.providerId = input.getProviderId();
        return member;
    }

    private static void details(Clinic clinic, String name, Address address, Community community, String phone,
            String fax, String email) {
        clinic.name = Text.required(name, "name");
        clinic.addressLine1 = Text.required(address.getLine1(), "address.line1");
        clinic.addressLine2 = blankToNull(address.getLine2());
        clinic.city = Text.required(address.getCity(), "address.city");
        clinic.province = address.getProvince().value();
        clinic.postalCode = address.getPostalCode();
        clinic.community = community;
        clinic.phone = phone;
        clinic.fax = blankToNull(fax);
        clinic.email = blankToNull(email);
    }

    private static Address address(Clinic clinic) {
        var address = new Address();
        address.setLine1(clinic.addressLine1);
        address.setLine2(clinic.addressLine2);
        address.setCity(clinic.city);
        address.setProvince(Address.Province.fromValue(clinic.province));
        address.setPostalCode(clinic.postalCode);
        return address;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
