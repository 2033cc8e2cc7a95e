package org.openpas.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the emails PAS sends patients, in English here and translated in
 * {@code src/main/resources/messages/patientEmail_<tag>.properties}, one file a language of
 * {@link org.openpas.common.Locales#SUPPORTED} ({@code zh-Hans}, {@code zh-Hant}, ...). Each message is a Qute
 * template of its parameters, checked at build time; a number chooses its plural with {@code {#if}}, by the
 * language's rule. The templates in {@code templates/Emails/} get the patient's bundle as {@code m}.
 */
@MessageBundle(value = "patientEmail", locale = "en")
public interface PatientEmailMessages {

    @Message("Hello {name},")
    String hello(String name);

    @Message("Phone")
    String phone();

    @Message("You are on the Health Connect Registry")
    String registrationConfirmedSubject();

    @Message("You are now on the waitlist for a family doctor or nurse practitioner in {community}. Your place is "
            + "kept from today. Sign in to see your status and a wait estimate.")
    String registrationConfirmed(String community);

    @Message("We will ask you every 90 days to confirm you still need a provider.")
    String registrationConfirmedReconfirm();

    @Message("Do you still need a family doctor?")
    String reconfirmationDueSubject();

    @Message("Please sign in and confirm that you still need a family doctor or nurse practitioner, within "
            + "{graceDays} {#if graceDays == 1}day{#else}days{/if}. If you do not, your registration will expire (you "
            + "can restore it for a while, keeping your place).")
    String reconfirmationDue(int graceDays);

    @Message("A family doctor or nurse practitioner is considering you")
    String proposalSubject();

    @Message("{providerName} is considering taking you on as a patient and will answer by {deadline}. You do not "
            + "need to do anything now: we will email you when they answer, and you can sign in to see your status.")
    String proposal(String providerName, String deadline);

    @Message("You were proposed together with your household: {householdSize} "
            + "{#if householdSize == 1}person{#else}people{/if} in all.")
    String proposalHousehold(int householdSize);

    @Message("You have a family doctor or nurse practitioner")
    String attachedSubject();

    @Message("{providerName} has taken you on as a patient. Please call the clinic to book your first visit.")
    String attached(String providerName);

    @Message("You are back on the waitlist")
    String returnedToListSubject();

    @Message("You are no longer on your provider's panel.")
    String returnedRemovedFromPanel();

    @Message("The provider you were proposed to could not take you on.")
    String returnedDeclined();

    @Message("The provider you were proposed to did not answer in time.")
    String returnedNoAnswer();

    @Message("You are back on the waitlist and keep your original place.")
    String returnedToList();
}
