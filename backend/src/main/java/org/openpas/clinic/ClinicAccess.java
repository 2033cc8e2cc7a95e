package org.openpas.clinic;

import jakarta.enterprise.context.RequestScoped;
import org.openpas.audit.AuditLog;
import org.openpas.common.CurrentUser;
import org.openpas.common.ProblemException;
import org.openpas.common.Roles;

/**
 * Who may do what to a clinic; the one place these rules live. Admins manage every clinic; a
 * medical director edits only the clinics they direct; staff and coordinators may read the staff list.
 * A refusal is audited before it is answered with 403.
 */
@RequestScoped
public class ClinicAccess {

    private final CurrentUser user;
    private final ClinicStaffRepository staff;
    private final AuditLog audit;

    public ClinicAccess(CurrentUser user, ClinicStaffRepository staff, AuditLog audit) {
        this.user = user;
        this.staff = staff;
        this.audit = audit;
    }

    public boolean directs(Clinic clinic) {
        return user.has(Roles.MEDICAL_DIRECTOR) && clinic.isDirectedBy(user.subject());
    }

    /** Clinic details, hours and staff: admins, and the clinic's own medical director. */
    public void requireEdit(Clinic clinic, String action) {
        if (!user.isAdmin() && !directs(clinic)) {
            refuse(clinic, action, "Only an admin or this clinic's medical director may change it.");
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

    private void refuse(Clinic clinic, String action, String reason) {
        audit.denied(action, "CLINIC", clinic.id, reason);
        throw ProblemException.forbidden(reason);
    }
}
