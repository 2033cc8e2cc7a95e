package org.openpas.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openpas.clinic.Clinic;
import org.openpas.clinic.ClinicService;
import org.openpas.clinic.ClinicStaffRepository.ProviderAtClinic;
import org.openpas.common.PageResult;
import org.openpas.common.ProblemException;
import org.openpas.panel.PanelMemberRepository.Membership;
import org.openpas.panel.PanelService;
import org.openpas.patient.Patient;
import org.openpas.patient.PatientService;
import org.openpas.provider.CapacityService;
import org.openpas.provider.Provider;
import org.openpas.provider.ProviderService;

/**
 * The FHIR facade's reads. It owns no table: each page is asked of the features that own the rows, one query per
 * kind of row (providers, clinics with their hours, capacity), and the rules and audit of panels and patients are
 * those of the REST API (PanelService, PatientService).
 */
@ApplicationScoped
public class FhirService {

    /** A page of PractitionerRoles: the links, and everything they are shown with. */
    public record Roles(PageResult<ProviderAtClinic> links, Map<UUID, Provider> providers, Map<UUID, Clinic> clinics,
            Set<UUID> accepting) {
    }

    /** What PractitionerRole search filters on; nulls do not filter. */
    public record RoleQuery(UUID staffId, UUID providerId, UUID clinicId, UUID communityId, String city, String language,
            Boolean newPatients) {
    }

    private final ProviderService providers;
    private final CapacityService capacity;
    private final ClinicService clinics;
    private final PanelService panels;
    private final PatientService patients;

    public FhirService(ProviderService providers, CapacityService capacity, ClinicService clinics, PanelService panels,
            PatientService patients) {
        this.providers = providers;
        this.capacity = capacity;
        this.clinics = clinics;
        this.panels = panels;
        this.patients = patients;
    }

    public PageResult<Provider> practitioners(String name, int page, int size) {
        return providers.search(new ProviderService.Filter(name, null, null, null, null, null), page, size);
    }

    public Provider practitioner(UUID id) {
        return providers.find(id).orElseThrow(() -> ProblemException.notFound("Practitioner", id));
    }

    public Roles roles(RoleQuery q, int page, int size) {
        Set<UUID> acceptingNow = q.newPatients() == null ? null : capacity.acceptingNow();
        var filter = new ClinicService.RoleFilter(q.staffId(), q.providerId(), q.clinicId(), q.communityId(), q.city(),
                q.language(), Boolean.TRUE.equals(q.newPatients()) ? acceptingNow : null,
                Boolean.FALSE.equals(q.newPatients()) ? acceptingNow : null);
        PageResult<ProviderAtClinic> links = clinics.providersAtClinics(filter, page, size);
        Set<UUID> providerIds = new java.util.HashSet<>();
        Set<UUID> clinicIds = new java.util.HashSet<>();
        links.items().forEach(link -> {
            providerIds.add(link.providerId());
            clinicIds.add(link.clinicId());
        });
        return new Roles(links, providers.byIds(providerIds), clinics.withDetails(clinicIds),
                capacity.acceptingNow(providerIds));
    }

    public Roles role(UUID staffId) {
        Roles one = roles(new RoleQuery(staffId, null, null, null, null, null, null), 0, 1);
        if (one.links().items().isEmpty()) {
            throw ProblemException.notFound("PractitionerRole", staffId);
        }
        return one;
    }

    /** A page of active clinics (Organization and Location), loaded with community and hours. */
    public PageResult<Clinic> clinics(String name, String city, UUID communityId, int page, int size) {
        PageResult<UUID> ids = clinics.directory(name, city, communityId, page, size);
        Map<UUID, Clinic> loaded = clinics.withDetails(ids.items());
        return new PageResult<>(ids.items().stream().map(loaded::get).toList(), page, size, ids.totalItems());
    }

    public Clinic clinic(UUID id) {
        Clinic clinic = clinics.get(id);
        if (!"ACTIVE".equals(clinic.status)) {
            throw ProblemException.notFound("Clinic", id);
        }
        return clinic;
    }

    /** The provider's whole panel: PanelService's rule (the provider, an endorsed delegate, an admin) and audit. */
    public List<Membership> panel(UUID providerId) {
        return panels.memberships(providerId);
    }

    /** A patient as the REST API reads them (rule and audit of getPatient), without the community and entry it shows. */
    public Patient patient(UUID id) {
        return patients.get(id, "PATIENT_READ");
    }

    /** Those of these patients the caller may read, each read audited; the others are left out (their refusal is audited). */
    public List<Patient> readable(List<UUID> ids) {
        List<Patient> found = new ArrayList<>();
        for (UUID id : ids) {
            try {
                found.add(patient(id));
            } catch (ProblemException refused) {
                if (refused.status() != 404) {
                    throw refused;
                }
            }
        }
        return found;
    }
}
