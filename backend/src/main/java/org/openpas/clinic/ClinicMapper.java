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
import org.openpas.api.beans.WeeklyHours;

/**
 * Between the API's beans (generated from openapi.yaml) and the clinic entities and service records, which never
 * go on the wire.
 */
final class ClinicMapper {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private ClinicMapper() {
    }

    /** The clinic; {@code staleBefore}: a verification older than this is stale. */
    static org.openpas.api.beans.Clinic toApi(Clinic clinic, java.time.Instant staleBefore) {
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
        api.setVerifiedAt(clinic.verifiedAt == null ? null : Date.from(clinic.verifiedAt));
        api.setVerifiedByName(clinic.verifiedByName);
        api.setVerificationStale(clinic.isVerificationStale(staleBefore));
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

    static ClinicService.Details details(ClinicCreate input) {
        return details(input.getName(), input.getAddress(), input.getCommunityId(), input.getPhone(), input.getFax(),
                input.getEmail());
    }

    static ClinicService.Details details(ClinicUpdate input) {
        return details(input.getName(), input.getAddress(), input.getCommunityId(), input.getPhone(), input.getFax(),
                input.getEmail());
    }

    /** The director sent, or null when there is none. */
    static ClinicService.Director director(MedicalDirector director) {
        return director == null ? null
                : new ClinicService.Director(director.getSubject(), director.getName(), director.getEmail());
    }

    static List<ClinicService.Hours> requestedHours(WeeklyHours week) {
        return week.getHours().stream()
                .map(hours -> new ClinicService.Hours(java.time.DayOfWeek.valueOf(hours.getDayOfWeek().value()),
                        hours.getOpens(), hours.getCloses()))
                .toList();
    }

    static ClinicService.NewStaffMember newStaffMember(ClinicStaffInput input) {
        return new ClinicService.NewStaffMember(ClinicService.StaffKind.valueOf(input.getKind().value()),
                input.getName(), input.getEmail(), input.getSubject(), input.getProviderId());
    }

    private static ClinicService.Details details(String name, Address address, UUID communityId, String phone,
            String fax, String email) {
        var serviceAddress = new ClinicService.Address(address.getLine1(), address.getLine2(), address.getCity(),
                address.getProvince().value(), address.getPostalCode());
        return new ClinicService.Details(name, serviceAddress, communityId, phone, fax, email);
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
}
