package org.openpas.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.openpas.common.Locales;

/**
 * Every email PAS sends. The body is a Qute template in {@code src/main/resources/templates/Emails/}, as plain text
 * ({@code .txt}) and HTML ({@code .html}, where every value is escaped), both around the {@code email-layout} of
 * their kind. The templates are checked against these methods when the application is built. The emails to
 * patients are in the patient's language ({@code Patient.locale()}): their words, subject included, are those of
 * the {@link PatientEmailMessages} bundle in that language, and the HTML's {@code lang} is its tag; the emails to
 * staff are in English, their subject here.
 */
public final class Emails {

    /** Why a patient is back on the waitlist (the first sentence of {@code returnedToList}). */
    public enum ReturnReason { REMOVED_FROM_PANEL, DECLINED, NO_ANSWER }

    /** The clinic an attached patient should call. */
    public record ClinicContact(String name, String address, String phone) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance registrationConfirmed(String lang, PatientEmailMessages m, String name,
                String community);

        static native TemplateInstance reconfirmationDue(String lang, PatientEmailMessages m, String name,
                int graceDays);

        static native TemplateInstance returnedToList(String lang, PatientEmailMessages m, String name,
                ReturnReason reason);

        static native TemplateInstance proposal(String lang, PatientEmailMessages m, String name,
                String providerName, int householdSize, String deadline);

        static native TemplateInstance proposalReceived(String providerName, int householdSize, LocalDate deadline);

        static native TemplateInstance attached(String lang, PatientEmailMessages m, String name, String providerName,
                ClinicContact clinic);

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

    public static Email registrationConfirmed(Locale locale, String name, String community) {
        PatientEmailMessages m = messages(locale);
        return email("REGISTRATION_CONFIRMED", m.registrationConfirmedSubject(),
                Templates.registrationConfirmed(Locales.tag(locale), m, name, community));
    }

    public static Email reconfirmationDue(Locale locale, String name, int graceDays) {
        PatientEmailMessages m = messages(locale);
        return email("RECONFIRMATION_DUE", m.reconfirmationDueSubject(),
                Templates.reconfirmationDue(Locales.tag(locale), m, name, graceDays));
    }

    public static Email returnedToList(Locale locale, String name, ReturnReason reason) {
        PatientEmailMessages m = messages(locale);
        return email("RETURNED_TO_LIST", m.returnedToListSubject(),
                Templates.returnedToList(Locales.tag(locale), m, name, reason));
    }

    /** To a proposed patient: who is considering them (with their household of {@code householdSize}), until when. */
    public static Email proposal(Locale locale, String name, String providerName, int householdSize,
            LocalDate deadline) {
        PatientEmailMessages m = messages(locale);
        return email("PROPOSAL", m.proposalSubject(), Templates.proposal(Locales.tag(locale), m, name, providerName,
                householdSize, longDate(deadline, locale)));
    }

    public static Email proposalReceived(String providerName, int householdSize, LocalDate deadline) {
        return email("PROPOSAL_RECEIVED", "A patient has been proposed to you",
                Templates.proposalReceived(providerName, householdSize, deadline));
    }

    /** {@code clinic} may be null when the provider has no clinic in the patient's community. */
    public static Email attached(Locale locale, String name, String providerName, ClinicContact clinic) {
        PatientEmailMessages m = messages(locale);
        return email("ATTACHED", m.attachedSubject(),
                Templates.attached(Locales.tag(locale), m, name, providerName, clinic));
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

    /**
     * The words of the patients' emails in {@code locale}, one of {@link Locales#SUPPORTED} (the patient's
     * {@code locale()}); anything else gets English.
     */
    static PatientEmailMessages messages(Locale locale) {
        String tag = Locales.SUPPORTED.contains(locale) ? Locales.tag(locale) : Locales.tag(Locales.ENGLISH);
        return MessageBundles.get(PatientEmailMessages.class, Localized.Literal.of(tag));
    }

    /** A date as the language writes it in full: "March 5, 2026", "5 mars 2026", "2026年3月5日", "5 ਮਾਰਚ 2026". */
    static String longDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
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
