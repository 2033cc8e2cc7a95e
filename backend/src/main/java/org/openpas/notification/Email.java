package org.openpas.notification;

/**
 * One email, rendered and ready to queue: its kind (for the outbox and the operators), the subject,
 * the plain text and the same as HTML. Made by {@link Emails}.
 */
public record Email(String kind, String subject, String text, String html) {
}
