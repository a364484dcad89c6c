package dev.suture.platform.progress;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.auth.HandshakeAuthenticator;
import dev.suture.platform.auth.SessionEnds;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.execution.ExecutionService;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ws/progress/projects/{id}} and {@code /ws/progress/executions/{id}}: the live progress of a project's
 * executions, or of one execution, as one JSON {@link ProgressEvent} per text message, after a first
 * {@code {"type":"subscribed",...}}. Only members of the project may subscribe (a viewer too); anyone else is
 * closed with a 44xx code whose reason says why (see the module README), and a subscription ends with 4401 when the
 * session that opened it is signed out or revoked, in whichever server process. Open and close run on the blocking
 * pool (they read the database); events are written with {@code sendAsync}, so a slow client never holds up the relay,
 * and a client that stops reading is closed once its send buffer is full.
 */
@ServerWebSocket("/ws/progress/{scope}/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProgressSocket {

    static final int BAD_REQUEST = 4400;
    static final int UNAUTHORIZED = 4401;
    static final int NOT_FOUND = 4404;
    static final int TOO_SLOW = 4408;
    private static final String SUBSCRIPTION = "suture.progress-subscription";
    private static final String SESSION_WATCH = "suture.progress-session-watch";
    private static final Logger LOG = LoggerFactory.getLogger(ProgressSocket.class);

    private final HandshakeAuthenticator authenticator;
    private final SessionEnds sessionEnds;
    private final AccessService access;
    private final ExecutionService executions;
    private final ProgressHub hub;
    private final JsonMapper json;

    ProgressSocket(HandshakeAuthenticator authenticator, SessionEnds sessionEnds, AccessService access,
                   ExecutionService executions, ProgressHub hub, JsonMapper json) {
        this.authenticator = authenticator;
        this.sessionEnds = sessionEnds;
        this.access = access;
        this.executions = executions;
        this.hub = hub;
        this.json = json;
    }

    /** The first message of every subscription: which project (and execution) it streams. */
    @Serdeable
    record Subscribed(String type, UUID projectId, UUID executionId) {
    }

    @OnOpen
    void open(String scope, String id, WebSocketSession session, HttpRequest<?> request) {
        if (!scope.equals("projects") && !scope.equals("executions")) {
            session.close(new CloseReason(BAD_REQUEST, "Unknown scope '" + shorten(scope)
                    + "': use /ws/progress/projects/{id} or /ws/progress/executions/{id}"));
            return;
        }
        UUID target;
        try {
            target = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            session.close(new CloseReason(BAD_REQUEST, "'" + shorten(id) + "' is not a UUID"));
            return;
        }
        try {
            Caller caller = authenticator.authenticate(request);
            boolean project = scope.equals("projects");
            UUID projectId = project ? target : executions.readableProject(caller, target);
            access.requireProject(caller, projectId, ProjectPermission.READ);
            session.sendSync(text(new Subscribed("subscribed", projectId, project ? null : target)));
            Consumer<ProgressEvent> relay = event -> relay(session, event);
            session.put(SUBSCRIPTION, project ? hub.subscribeProject(target, relay)
                    : hub.subscribeExecution(target, relay));
            session.put(SESSION_WATCH, sessionEnds.watch(caller, () -> session.close(
                    new CloseReason(UNAUTHORIZED, "Signed out: the session has ended; sign in again"))));
        } catch (ProblemException e) {
            session.close(e.status() == HttpStatus.UNAUTHORIZED ? new CloseReason(UNAUTHORIZED, e.getMessage())
                    // 403 cannot happen for READ once the project is visible; answer both like the API's 404
                    : new CloseReason(NOT_FOUND, "No such " + scope.substring(0, scope.length() - 1)
                            + ", or you are not a member of its project"));
        }
    }

    /** Clients need not send anything; "ping" is answered with {"type":"pong"} (a keep-alive through proxies). */
    @OnMessage
    void message(String text, WebSocketSession session) {
        if ("ping".equals(text.trim())) {
            session.sendSync("{\"type\":\"pong\"}");
        }
    }

    @OnClose
    void close(WebSocketSession session) {
        for (String key : new String[] {SESSION_WATCH, SUBSCRIPTION}) {
            session.get(key, AutoCloseable.class).ifPresent(registration -> {
                try {
                    registration.close();
                } catch (Exception e) {
                    LOG.debug("Closing a progress socket's {} failed", key, e);
                }
            });
        }
    }

    private void relay(WebSocketSession session, ProgressEvent event) {
        if (!session.isOpen()) {
            return;
        }
        if (!session.isWritable()) {
            session.close(new CloseReason(TOO_SLOW, "Not reading fast enough: reconnect and reload"));
            return;
        }
        session.sendAsync(text(event));
    }

    private String text(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + value + " as JSON", e);
        }
    }

    /** Close reasons are limited to 123 bytes: echo at most a few characters of what the client sent. */
    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
