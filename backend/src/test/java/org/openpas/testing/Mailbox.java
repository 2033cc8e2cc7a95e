package org.openpas.testing;

import io.quarkus.arc.Arc;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpas.notification.NotificationSender;

/** The emails that reached the test SMTP server (GreenMail), after the outbox was sent. */
public final class Mailbox {

    private static final Pattern TOKEN = Pattern.compile("#token=([A-Za-z0-9_-]{43})");

    private Mailbox() {
    }

    /** One received email: recipients, subject, the decoded text and its HTML part (null when it has none). */
    public record Mail(String to, String subject, String text, String html) {
    }

    /** Sends everything due in the outbox, then lists the emails to {@code address}, oldest first. */
    public static List<Mail> to(String address) {
        NotificationSender sender = Arc.container().instance(NotificationSender.class).get();
        while (sender.sendDue() > 0) {
            // the sender works in batches
        }
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : MailResource.server().getReceivedMessages()) {
            try {
                String to = Arrays.toString(message.getAllRecipients());
                if (to.contains(address)) {
                    mails.add(new Mail(to, message.getSubject(), text(message), html(message)));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    /** The plain text of a message: the message itself, or its text/plain part (PAS sends text and HTML). */
    private static String text(MimeMessage message) throws MessagingException {
        return decoded(part(message, "text/plain"));
    }

    /** The HTML part of a message, or null. */
    private static String html(MimeMessage message) throws MessagingException {
        Part part = part(message, "text/html");
        return part == null ? null : decoded(part);
    }

    /** The first part of {@code type} in a (possibly multipart) message. */
    private static Part part(Part part, String type) throws MessagingException {
        try {
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    Part found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return part.isMimeType(type) ? part : null;
    }

    /** A part's text, decoded from its transfer encoding. */
    private static String decoded(Part part) throws MessagingException {
        if (part == null) {
            throw new AssertionError("The email has no such part");
        }
        try {
            return new String(part.getInputStream().readAllBytes(), charset(part));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Charset charset(Part part) throws MessagingException {
        String name = new ContentType(part.getContentType()).getParameter("charset");
        return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    }

    /** The newest email to {@code address} whose subject contains {@code subjectPart}. */
    public static Mail latest(String address, String subjectPart) {
        List<Mail> mails = to(address).stream().filter(mail -> mail.subject().contains(subjectPart)).toList();
        if (mails.isEmpty()) {
            throw new AssertionError("No email to " + address + " about '" + subjectPart + "'");
        }
        return mails.get(mails.size() - 1);
    }

    /** The one-time endorsement token in the newest link email to {@code address}. */
    public static String endorsementToken(String address) {
        Mail mail = latest(address, "ndorsement");
        Matcher matcher = TOKEN.matcher(mail.text());
        if (!matcher.find()) {
            throw new AssertionError("No endorsement link in: " + mail.text());
        }
        return matcher.group(1);
    }
}
