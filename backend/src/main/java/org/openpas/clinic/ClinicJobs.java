package org.openpas.clinic;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.openpas.audit.AuditLog;
import org.openpas.common.Province;
import org.openpas.notification.Emails;
import org.openpas.notification.Notifications;

/**
 * Reminds a clinic whose information went stale (never verified, or not for the configured months) to
 * verify it: one email to its medical director, else to the providers on its staff, once per staleness
 * ({@code verification_reminded_at}, cleared when the clinic is verified again). Each batch locks the
 * clinics it reminds and skips those another instance holds (SKIP LOCKED), so two API instances never
 * remind twice.
 */
@ApplicationScoped
public class ClinicJobs {

    private static final Logger LOG = Logger.getLogger(ClinicJobs.class);
    private static final String SYSTEM = "pas-system";
    private static final int BATCH = 500;

    private final ClinicRepository clinics;
    private final ClinicStaffRepository staff;
    private final ClinicService service;
    private final Notifications notifications;
    private final AuditLog audit;

    public ClinicJobs(ClinicRepository clinics, ClinicStaffRepository staff, ClinicService service,
            Notifications notifications, AuditLog audit) {
        this.clinics = clinics;
        this.staff = staff;
        this.service = service;
        this.notifications = notifications;
        this.audit = audit;
    }

    @Scheduled(every = "${pas.clinics.jobs-every:1h}", delayed = "50s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int reminded = remindStale();
        if (reminded > 0) {
            LOG.infof("Clinic jobs: %d verification reminders", reminded);
        }
    }

    /** Reminds every stale clinic not reminded yet, a batch per transaction; the number of clinics reminded. */
    public int remindStale() {
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::remindBatch);
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    private int remindBatch() {
        List<Clinic> due = clinics.lockStaleUnreminded(service.staleBefore(), BATCH);
        Map<UUID, List<String>> providers = staff.providerEmails(due.stream()
                .filter(clinic -> clinic.medicalDirectorEmail == null).map(clinic -> clinic.id).toList());
        Instant now = Instant.now();
        for (Clinic clinic : due) {
            List<String> to = clinic.medicalDirectorEmail != null ? List.of(clinic.medicalDirectorEmail)
                    : providers.getOrDefault(clinic.id, List.of());
            var email = Emails.clinicVerificationDue(clinic.name,
                    clinic.verifiedAt == null ? null : Province.dateOf(clinic.verifiedAt));
            to.forEach(address -> notifications.queue(address, email));
            audit.successAs(SYSTEM, "", null, "CLINIC_VERIFICATION_REMIND", "CLINIC", clinic.id,
                    to.isEmpty() ? "nobody to remind (no director, no provider with an email)"
                            : to.size() + " recipient(s)");
        }
        clinics.markReminded(due.stream().map(clinic -> clinic.id).toList(), now);
        return due.size();
    }
}
