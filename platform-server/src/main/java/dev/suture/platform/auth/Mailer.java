package dev.suture.platform.auth;

import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends account mails over SMTP when {@code suture.mail.host} is set. Without it the mail is logged, so a
 * single-machine install can still reset passwords by reading the server log.
 */
@Singleton
class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final MailConfig config;

    Mailer(MailConfig config) {
        this.config = config;
    }

    void send(String to, String subject, String text) {
        if (config.host() == null || config.host().isBlank()) {
            LOG.info("SMTP not configured (suture.mail.host): mail to {} with subject '{}':\n{}", to, subject, text);
            return;
        }
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
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(config.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject);
            message.setText(text, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            // A mail failure must not reveal whether the account exists; the log tells the operator.
            LOG.error("Could not send mail with subject '{}' through {}:{}", subject, config.host(), config.port(), e);
        }
    }
}
