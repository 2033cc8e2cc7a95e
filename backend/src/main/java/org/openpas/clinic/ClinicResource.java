package org.openpas.clinic;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.openpas.api.ClinicsResource;
import org.openpas.api.beans.ClinicCreate;
import org.openpas.api.beans.ClinicPage;
import org.openpas.api.beans.ClinicStaffInput;
import org.openpas.api.beans.ClinicStaffMember;
import org.openpas.api.beans.ClinicStaffPage;
import org.openpas.api.beans.ClinicStatus;
import org.openpas.api.beans.ClinicUpdate;
import org.openpas.api.beans.HealthAuthority;
import org.openpas.api.beans.MedicalDirector;
import org.openpas.api.beans.StaffKind;
import org.openpas.api.beans.WeeklyHours;
import org.openpas.common.Ids;
import org.openpas.common.PageResult;
import org.openpas.common.Roles;
import org.openpas.common.Versions;

/** HTTP for /clinics: translates between the contract and {@link ClinicService}, which holds the rules. */
@Authenticated
public class ClinicResource implements ClinicsResource {

    private final ClinicService clinics;

    public ClinicResource(ClinicService clinics) {
        this.clinics = clinics;
    }

    @Override
    public ClinicPage listClinics(String q, String communityId, HealthAuthority healthAuthority, ClinicStatus status,
            Boolean verificationStale, Integer page, Integer size, String acceptLanguage) {
        var filter = new ClinicService.Filter(q,
                communityId == null ? null : Ids.parse(communityId, "Community"),
                healthAuthority == null ? null : healthAuthority.value(),
                status == null ? null : status.value(), verificationStale);
        PageResult<Clinic> result = clinics.search(filter, page, size);
        Instant staleBefore = clinics.staleBefore();
        var body = new ClinicPage();
        return result.fill(body, clinic -> ClinicMapper.toApi(clinic, staleBefore), body::setItems, body::setPage, body::setSize, body::setTotalItems,
                body::setTotalPages);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response createClinic(ClinicCreate data) {
        Clinic clinic = clinics.create(ClinicMapper.details(data), ClinicMapper.director(data.getMedicalDirector()));
        return withEtag(Response.created(URI.create("clinics/" + clinic.id)), clinic);
    }

    @Override
    public Response getClinic(String clinicId, String acceptLanguage) {
        return withEtag(Response.ok(), clinics.get(id(clinicId)));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE})
    public Response updateClinic(String clinicId, String ifMatch, ClinicUpdate data) {
        return withEtag(Response.ok(), clinics.update(id(clinicId), ifMatch, ClinicMapper.details(data),
                data.getStatus().value()));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.PROVIDER, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE})
    public Response verifyClinic(String clinicId) {
        return withEtag(Response.ok(), clinics.verify(id(clinicId)));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response setClinicMedicalDirector(String clinicId, String ifMatch, MedicalDirector data) {
        return withEtag(Response.ok(), clinics.setMedicalDirector(id(clinicId), ifMatch, ClinicMapper.director(data)));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void removeClinicMedicalDirector(String clinicId, String ifMatch) {
        clinics.removeMedicalDirector(id(clinicId), ifMatch);
    }

    @Override
    public Response getClinicHours(String clinicId, String acceptLanguage) {
        return hours(clinics.get(id(clinicId)));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE})
    public Response replaceClinicHours(String clinicId, String ifMatch, WeeklyHours data) {
        return hours(clinics.replaceHours(id(clinicId), ifMatch, ClinicMapper.requestedHours(data)));
    }

    @Override
    public ClinicStaffPage listClinicStaff(String clinicId, StaffKind kind, Integer page, Integer size) {
        PageResult<org.openpas.clinic.ClinicStaffMember> result =
                clinics.staff(id(clinicId), kind == null ? null : kind.value(), page, size);
        var body = new ClinicStaffPage();
        return result.fill(body, ClinicMapper::toApi, body::setItems, body::setPage, body::setSize, body::setTotalItems,
                body::setTotalPages);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE})
    public Response addClinicStaff(String clinicId, ClinicStaffInput data) {
        UUID clinic = id(clinicId);
        var member = clinics.addStaff(clinic, ClinicMapper.newStaffMember(data));
        return Response.created(URI.create("clinics/" + clinic + "/staff/" + member.id))
                .entity(ClinicMapper.toApi(member)).build();
    }

    @Override
    public ClinicStaffMember getClinicStaffMember(String clinicId, String staffId) {
        return ClinicMapper.toApi(clinics.staffMember(id(clinicId), Ids.parse(staffId, "Staff member")));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.MEDICAL_DIRECTOR, Roles.DELEGATE})
    public void removeClinicStaff(String clinicId, String staffId) {
        clinics.removeStaff(id(clinicId), Ids.parse(staffId, "Staff member"));
    }

    private static UUID id(String clinicId) {
        return Ids.parse(clinicId, "Clinic");
    }

    private static Response hours(Clinic clinic) {
        var body = new WeeklyHours();
        body.setHours(ClinicMapper.hours(clinic.hours));
        return Response.ok(body).header("ETag", Versions.etag(clinic.version)).build();
    }

    private Response withEtag(Response.ResponseBuilder response, Clinic clinic) {
        return response.entity(ClinicMapper.toApi(clinic, clinics.staleBefore())).header("ETag", Versions.etag(clinic.version)).build();
    }
}
