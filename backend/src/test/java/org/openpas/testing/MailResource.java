package org.openpas.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.activation.CommandMap;
import jakarta.activation.MailcapCommandMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** A real SMTP server (GreenMail) on a free port, receiving what the API sends. */
public class MailResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;

    public static GreenMail server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        useJakartaMailHandlers();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        // GreenMail drops a connection idle for 30 s, and a send on such a pooled connection waits 30 s for its
        // 421: the mailer closes idle connections first (a test that queues mail for longer timed out the outbox).
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.mock", "false", "quarkus.mailer.keep-alive-timeout", "20s");
    }

    /**
     * The contract validator brings javax.mail 1.6, whose mailcap names javax handler classes; GreenMail would
     * pick its multipart handler and fail on every text + HTML email. Jakarta Mail's own handlers win here.
     */
    private static void useJakartaMailHandlers() {
        MailcapCommandMap handlers = new MailcapCommandMap();
        handlers.addMailcap("multipart/*;; x-java-content-handler=org.eclipse.angus.mail.handlers.multipart_mixed");
        handlers.addMailcap("text/plain;; x-java-content-handler=org.eclipse.angus.mail.handlers.text_plain");
        handlers.addMailcap("text/html;; x-java-content-handler=org.eclipse.angus.mail.handlers.text_html");
        CommandMap.setDefaultCommandMap(handlers);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
