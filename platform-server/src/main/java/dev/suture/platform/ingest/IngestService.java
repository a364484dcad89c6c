package dev.suture.platform.ingest;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.healing.HealingVerdicts;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.core.type.Argument;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Checks the caller, splits a batch into new, duplicate and invalid events, and writes the new ones. */
@Singleton
class IngestService {

    private final AccessService access;
    private final BatchParser parser;
    private final IngestWriter writer;
    private final HealingVerdicts verdicts;
    private final JsonMapper json;
    private final IngestProgress progress;

    IngestService(AccessService access, BatchParser parser, IngestWriter writer, HealingVerdicts verdicts,
                  JsonMapper json, IngestProgress progress) {
        this.progress = progress;
        this.access = access;
        this.parser = parser;
        this.writer = writer;
        this.verdicts = verdicts;
        this.json = json;
    }

    @Serdeable
    record ItemError(int index, @Nullable String eventId, String field, String message) {
    }

    @Serdeable
    record RunLink(UUID runId, String url) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record BatchAnswer(int accepted, int duplicates, List<ItemError> errors, List<RunLink> runs) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Accepted(String locator, String healedTo, @Nullable JsonNode fingerprint) {
    }

    @Serdeable
    record Rejected(String locator, String healedTo) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record HealingState(List<Accepted> accepted, List<Rejected> rejected) {
    }

    BatchAnswer ingest(Caller caller, byte[] body, String baseUrl) {
        UUID projectId = projectOf(caller);
        access.requireProject(caller, projectId, ProjectPermission.INGEST);
        BatchParser.Parsed parsed = parser.parse(body);
        List<IngestEvent> unique = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        int duplicates = 0;
        for (IngestEvent e : parsed.events()) {
            if (seen.add(e.eventId())) {
                unique.add(e);
            } else {
                duplicates++;
            }
        }
        IngestWriter.Outcome outcome = writer.write(projectId, parsed.batchId(), unique);
        progress.publish(projectId, outcome.executionByRun(), outcome.finalStatus(),
                unique.stream().filter(e -> outcome.newEventIds().contains(e.eventId())).toList());
        int accepted = outcome.newEventIds().size();
        duplicates += unique.size() - accepted;
        List<ItemError> errors = parsed.errors().stream()
                .map(e -> new ItemError(e.index(), e.eventId(), e.field(), e.message())).toList();
        Map<UUID, String> runs = new LinkedHashMap<>();
        for (IngestEvent e : unique) {
            UUID exec = outcome.executionByRun().get(e.runId());
            runs.putIfAbsent(e.runId(), baseUrl + "/executions/" + exec);
        }
        return new BatchAnswer(accepted, duplicates, errors,
                runs.entrySet().stream().map(r -> new RunLink(r.getKey(), r.getValue())).toList());
    }

    @io.micronaut.transaction.annotation.Transactional(readOnly = true)
    HealingState healingState(Caller caller) {
        UUID projectId = projectOf(caller);
        access.requireProject(caller, projectId, ProjectPermission.READ);
        List<Accepted> accepted = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (HealingVerdicts.Verdict v : verdicts.of(projectId)) {
            if (v.accepted()) {
                accepted.add(new Accepted(v.locator(), v.healedTo(), parse(v.fingerprintJson())));
            } else {
                rejected.add(new Rejected(v.locator(), v.healedTo()));
            }
        }
        return new HealingState(accepted, rejected);
    }

    private JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text.getBytes(StandardCharsets.UTF_8), Argument.of(JsonNode.class));
        } catch (IOException e) {
            return null;
        }
    }

    private static UUID projectOf(Caller caller) {
        if (!caller.isApiKey()) {
            throw ProblemException.forbidden("Ingest is for project API keys: send 'Authorization: Bearer <key>' "
                    + "with a key from POST /api/projects/{projectId}/api-keys");
        }
        return caller.apiKeyProjectId();
    }
}
