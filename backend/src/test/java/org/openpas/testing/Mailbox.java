package org.openpas.testing;

import io.quarkus.arc.Arc;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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

    /** One received email: recipients, subject and the decoded text. */
    public record Mail(String to, String subject, String text) {
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
                    mails.add(new Mail(to, message.getSubject(), text(message)));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    /** The text of a single-part message, decoded from its transfer encoding. */
    private static String text(MimeMessage message) throws MessagingException {
        String raw = com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
        String encoding = String.valueOf(message.getEncoding()).toLowerCase();
        if (encoding.equals("base64")) {
            return new String(java.util.Base64.getMimeDecoder().decode(raw), StandardCharsets.UTF_8);
        }
        if (!encoding.equals("quoted-printable")) {
            return raw;
        }
        String joined = raw.replace("=\r\n", "").replace("=\n", "");
        var bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
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
