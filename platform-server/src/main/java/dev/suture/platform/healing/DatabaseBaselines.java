package dev.suture.platform.healing;

import dev.suture.core.ElementFingerprint;
import dev.suture.core.HealingBaselines;
import java.util.List;
import java.util.UUID;

/**
 * A project's healing verdicts for one run, read from the database only when the healer first asks (a run that
 * heals nothing costs no query) and kept for the rest of the run, as the SDK keeps the copy it fetched at run start.
 * If they cannot be read, the healer's question fails, and with it the step: healing without the team's
 * rejections could make a heal a person refused, and a wrong heal is worse than a failure.
 */
final class DatabaseBaselines implements HealingBaselines {

    private final UUID projectId;
    private final HealingVerdicts verdicts;
    private volatile Loaded loaded;

    private record Loaded(List<Accepted> accepted, List<Rejected> rejected) {
    }

    DatabaseBaselines(UUID projectId, HealingVerdicts verdicts) {
        this.projectId = projectId;
        this.verdicts = verdicts;
    }

    @Override
    public List<Accepted> accepted() {
        return loaded().accepted();
    }

    @Override
    public List<Rejected> rejected() {
        return loaded().rejected();
    }

    @Override
    public String source() {
        return "platform database";
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = load();
                }
                current = loaded;
            }
        }
        return current;
    }

    private Loaded load() {
        List<HealingVerdicts.Verdict> all;
        try {
            all = verdicts.of(projectId);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The team's healing verdicts of project " + projectId + " could not be "
                    + "read from the database (" + e.getMessage() + "); the locator is not healed without them", e);
        }
        // An accepted heal recorded without its element's fingerprint names no element, so it cannot be a baseline.
        List<Accepted> accepted = all.stream().filter(v -> v.accepted() && v.fingerprintJson() != null)
                .map(v -> new Accepted(v.locator(), FingerprintJson.read(v.fingerprintJson()))).toList();
        List<Rejected> rejected = all.stream().filter(v -> !v.accepted())
                .map(v -> new Rejected(v.locator(), v.healedTo())).toList();
        return new Loaded(accepted, rejected);
    }
}
