package org.openpas.clinic;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.ProblemException;
import org.openpas.common.Roles;
import org.openpas.provider.Delegations;
import org.openpas.provider.ProviderService;

/**
 * Who may do what to a clinic; the one place these rules live. Admins manage every clinic; a
 * medical director edits only the clinics they direct, and so does a delegate holding an active
 * endorsement from that director (the request then acts for the director's provider record, and its
 * audit events name both); staff and coordinators may read the staff list; the clinic's providers, its
 * director and their endorsed delegates confirm its information. A refusal is audited before it is
 * answered with 403.
 */
@RequestScoped
public class ClinicAccess {

    private final CurrentUser user;
    private final ClinicStaffRepository staff;
    private final ProviderService providers;
    private final Delegations delegations;
    private final AuditLog audit;

    public ClinicAccess(CurrentUser user, ClinicStaffRepository staff, ProviderService providers,
            Delegations delegations, AuditLog audit) {
        this.user = user;
        this.staff = staff;
        this.providers = providers;
        this.delegations = delegations;
        this.audit = audit;
    }

    public boolean directs(Clinic clinic) {
        return user.has(Roles.MEDICAL_DIRECTOR) && clinic.isDirectedBy(user.subject());
    }

    /**
     * Clinic details, hours and staff: admins, the clinic's own medical director, and a delegate with an
     * active endorsement from that director.
     */
    public void requireEdit(Clinic clinic, String action) {
        if (!user.isAdmin() && !directs(clinic) && !(isDelegate() && actsFor(directorOf(clinic).stream().toList()))) {
            refuse(clinic, action, "Only an admin, this clinic's medical director or a delegate they endorsed may "
                    + "change it.");
        }
    }

    /**
     * Confirming the clinic's information: admins, its medical director, a provider on its staff, and a
     * delegate with an active endorsement from one of those.
     */
    public void requireVerify(Clinic clinic) {
        boolean allowed = user.isAdmin() || directs(clinic) || isProviderOnStaff(clinic)
                || isDelegate() && actsFor(verifiers(clinic));
        if (!allowed) {
            refuse(clinic, "CLINIC_VERIFY", "Only this clinic's providers, its medical director, a delegate endorsed "
                    + "by one of them, or an admin may confirm its information.");
        }
    }

    /** The staff list: admins, coordinators, the clinic's medical director and its own staff. */
    public void requireStaffView(Clinic clinic) {
        boolean allowed = user.isAdmin() || user.has(Roles.COORDINATOR) || directs(clinic)
                || staff.isStaff(clinic.id, user.subject());
        if (!allowed) {
            refuse(clinic, "CLINIC_STAFF_LIST",
                    "Only admins, coordinators, this clinic's medical director and its staff may see its staff.");
        }
    }

    /** Checked before the delegate rules look up whom the clinic's delegates may act for (queries). */
    private boolean isDelegate() {
        return user.has(Roles.DELEGATE);
    }

    private boolean isProviderOnStaff(Clinic clinic) {
        return user.has(Roles.PROVIDER) && providers.findBySubject(user.subject())
                .map(provider -> staff.isProvider(clinic.id, provider.id)).orElse(false);
    }

    /** The medical director's provider record (a director who is no provider endorses nobody). */
    private Optional<UUID> directorOf(Clinic clinic) {
        return clinic.medicalDirectorSubject == null ? Optional.empty()
                : providers.findBySubject(clinic.medicalDirectorSubject).map(provider -> provider.id);
    }

    /** Those whose delegates may verify the clinic: its director and the providers on its staff. */
    private List<UUID> verifiers(Clinic clinic) {
        List<UUID> ids = new ArrayList<>();
        directorOf(clinic).ifPresent(ids::add);
        ids.addAll(staff.providerIds(clinic.id));
        return ids;
    }

    /** A delegate endorsed (actively) by one of these providers: the request acts for that provider. */
    private boolean actsFor(List<UUID> providerIds) {
        if (!user.has(Roles.DELEGATE) || providerIds.isEmpty()) {
            return false;
        }
        Optional<UUID> endorser = delegations.endorserAmong(user.subject(), providerIds);
        endorser.ifPresent(user::actFor);
        return endorser.isPresent();
    }

    private void refuse(Clinic clinic, String action, String reason) {
        audit.denied(action, "CLINIC", clinic.id, reason);
        throw ProblemException.forbidden(reason);
    }
}
