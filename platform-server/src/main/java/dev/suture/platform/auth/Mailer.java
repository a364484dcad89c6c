package dev.suture.platform.auth;

import jakarta.activation.DataHandler;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mails over SMTP when {@code suture.mail.host} is set. Without it the mail is logged, so a single-machine
 * install can still reset passwords by reading the server log.
 */
@Singleton
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final MailConfig config;

    Mailer(MailConfig config) {
        this.config = config;
    }

    /** A file attached to a mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** Thrown when the SMTP server refused or could not be reached, so that a job can retry. */
    public static final class MailException extends RuntimeException {
        MailException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Account mails: a failure is logged only, so that it never reveals whether the account exists. */
    void send(String to, String subject, String text) {
        if (!configured()) {
            LOG.info("SMTP not configured (suture.mail.host): mail to {} with subject '{}':\n{}", to, subject, text);
            return;
        }
        try {
            MimeMessage message = message(List.of(to), subject);
            message.setText(text, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.error("Could not send mail with subject '{}' through {}:{}", subject, config.host(), config.port(), e);
        }
    }

    /**
     * Sends a text with one attachment to every recipient (one mail, all in To). Without an SMTP host it logs the
     * mail (the attachment's name and size, not its bytes). Throws {@link MailException} when sending fails.
     */
    public void sendWithAttachment(List<String> to, String subject, String text, Attachment attachment) {
        if (!configured()) {
            LOG.info("SMTP not configured (suture.mail.host): mail to {} with subject '{}' and attachment {} "
                    + "({} bytes) not sent:\n{}", to, subject, attachment.fileName(), attachment.content().length, text);
            return;
        }
        try {
            MimeMessage message = message(to, subject);
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                    attachment.contentType())));
            file.setFileName(attachment.fileName());
            message.setContent(new MimeMultipart(body, file));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailException("Could not send mail '" + subject + "' through " + config.host() + ":"
                    + config.port() + ": " + e.getMessage(), e);
        }
    }

    private boolean configured() {
        return config.host() != null && !config.host().isBlank();
    }

    private MimeMessage message(List<String> to, String subject) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", config.host());
        props.put("mail.smtp.port", Integer.toString(config.port()));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "5000");
        boolean auth = config.username() != null && !config.username().isBlank();
        props.put("mail.smtp.auth", Boolean.toString(auth));
        Session session = auth
                ? Session.getInstance(props, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(config.username(), config.password());
                    }
                })
                : Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(config.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", to)));
        message.setSubject(subject, "UTF-8");
        return message;
    }
}
