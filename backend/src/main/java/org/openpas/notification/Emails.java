package org.openpas.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every email PAS sends. The subject is here; the body is a Qute template in
 * {@code src/main/resources/templates/Emails/}, as plain text ({@code .txt}) and HTML ({@code .html}, where
 * every value is escaped), both around the {@code email-layout} of their kind. The templates are checked
 * against these methods when the application is built.
 */
public final class Emails {

    /** Why a patient is back on the waitlist (the first sentence of {@code returnedToList}). */
    public enum ReturnReason { REMOVED_FROM_PANEL, DECLINED, NO_ANSWER }

    /** The clinic an attached patient should call. */
    public record ClinicContact(String name, String address, String phone) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance registrationConfirmed(String name, String community);

        static native TemplateInstance reconfirmationDue(String name, int graceDays);

        static native TemplateInstance returnedToList(String name, ReturnReason reason);

        static native TemplateInstance proposalReceived(String providerName, int householdSize, LocalDate deadline);

        static native TemplateInstance attached(String name, String providerName, ClinicContact clinic);

        static native TemplateInstance endorsementUpdate(String text, String link);

        static native TemplateInstance endorsementLink(String text, String message, LocalDate expires, String link);

        static native TemplateInstance endorsementExpired(String endorser, String endorsee);

        static native TemplateInstance endorsementReminder(String endorser, String endorsee, boolean awaitingApproval,
                LocalDate expires);

        static native TemplateInstance identityClaimApproved(String name, String record);

        static native TemplateInstance clinicVerificationDue(String clinic, LocalDate lastVerified);

        static native TemplateInstance identityClaimRejected(String name, String reason);

        static native TemplateInstance contactConfirmationNeeded(String name, int failures);

        static native TemplateInstance capacityStaleSoon(String providerName, LocalDate confirmedOn, LocalDate staleOn);

        static native TemplateInstance capacityStale(String providerName, LocalDate confirmedOn);
    }

    private Emails() {
    }

    public static Email registrationConfirmed(String name, String community) {
        return email("REGISTRATION_CONFIRMED", "You are on the Health Connect Registry",
                Templates.registrationConfirmed(name, community));
    }

    public static Email reconfirmationDue(String name, int graceDays) {
        return email("RECONFIRMATION_DUE", "Do you still need a family doctor?",
                Templates.reconfirmationDue(name, graceDays));
    }

    public static Email returnedToList(String name, ReturnReason reason) {
        return email("RETURNED_TO_LIST", "You are back on the waitlist", Templates.returnedToList(name, reason));
    }

    public static Email proposalReceived(String providerName, int householdSize, LocalDate deadline) {
        return email("PROPOSAL_RECEIVED", "A patient has been proposed to you",
                Templates.proposalReceived(providerName, householdSize, deadline));
    }

    /** {@code clinic} may be null when the provider has no clinic in the patient's community. */
    public static Email attached(String name, String providerName, ClinicContact clinic) {
        return email("ATTACHED", "You have a family doctor or nurse practitioner",
                Templates.attached(name, providerName, clinic));
    }

    public static Email endorsementUpdate(String subject, String text, String link) {
        return email("ENDORSEMENT", subject, Templates.endorsementUpdate(text, link));
    }

    /** {@code message} is the starter's own note, or null. */
    public static Email endorsementLink(String subject, String text, String message, LocalDate expires, String link) {
        return email("ENDORSEMENT_LINK", subject, Templates.endorsementLink(text, message, expires, link));
    }

    public static Email endorsementExpired(String endorser, String endorsee) {
        return email("ENDORSEMENT", "An endorsement expired", Templates.endorsementExpired(endorser, endorsee));
    }

    public static Email endorsementReminder(String endorser, String endorsee, boolean awaitingApproval,
            LocalDate expires) {
        return email("ENDORSEMENT", "Reminder: an endorsement is waiting for you",
                Templates.endorsementReminder(endorser, endorsee, awaitingApproval, expires));
    }

    /** {@code record} names what the account is now linked to, e.g. "the provider record Dr. Lee". */
    public static Email identityClaimApproved(String name, String record) {
        return email("IDENTITY_CLAIM", "Your PAS account is linked", Templates.identityClaimApproved(name, record));
    }

    /** {@code lastVerified}: null when the clinic's information was never confirmed. */
    public static Email clinicVerificationDue(String clinic, LocalDate lastVerified) {
        return email("CLINIC", "Please confirm the information of " + clinic,
                Templates.clinicVerificationDue(clinic, lastVerified));
    }

    public static Email identityClaimRejected(String name, String reason) {
        return email("IDENTITY_CLAIM", "Your PAS account could not be linked",
                Templates.identityClaimRejected(name, reason));
    }

    /** The patient's entry is paused after {@code failures} declines as COULD_NOT_CONTACT: how to resume it. */
    public static Email contactConfirmationNeeded(String name, int failures) {
        return email("CONTACT_CONFIRMATION", "Please confirm how to reach you",
                Templates.contactConfirmationNeeded(name, failures));
    }

    /** Sent 14 days before a capacity statement confirmed on {@code confirmedOn} goes stale on {@code staleOn}. */
    public static Email capacityStaleSoon(String providerName, LocalDate confirmedOn, LocalDate staleOn) {
        return email("CAPACITY_REMINDER", "Your capacity statement goes stale on " + staleOn,
                Templates.capacityStaleSoon(providerName, confirmedOn, staleOn));
    }

    public static Email capacityStale(String providerName, LocalDate confirmedOn) {
        return email("CAPACITY_REMINDER", "Your capacity statement is stale: you are not offered patients",
                Templates.capacityStale(providerName, confirmedOn));
    }

    private static Email email(String kind, String subject, TemplateInstance body) {
        return new Email(kind, subject, render(body, Variant.TEXT_PLAIN).strip(), render(body, Variant.TEXT_HTML).strip());
    }

    /** One variant (the .txt or the .html file) of a checked template. */
    private static String render(TemplateInstance body, String contentType) {
        @SuppressWarnings("unchecked")
        List<Variant> variants = (List<Variant>) body.getAttribute(TemplateInstance.VARIANTS);
        Variant variant = variants.stream().filter(v -> v.getContentType().equals(contentType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + contentType + " template for " + body));
        return body.setAttribute(TemplateInstance.SELECTED_VARIANT, variant).render();
    }
}
