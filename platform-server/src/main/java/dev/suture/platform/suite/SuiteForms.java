package dev.suture.platform.suite;

import dev.suture.platform.common.ProblemException;
import dev.suture.platform.suite.SuitePayloads.ScheduleView;
import dev.suture.platform.suite.SuitePayloads.SuiteConfig;
import dev.suture.platform.suite.SuitePayloads.SuiteView;
import dev.suture.platform.suite.SuitePayloads.Viewport;
import dev.suture.platform.web.Forms;
import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Suite settings between the API's records and the configuration form's text fields: numbers typed as text,
 * the environment as {@code NAME=value} lines. A field that cannot be read fails with the form field's name.
 */
final class SuiteForms {

    private SuiteForms() {
    }

    static SuiteScreens.Detail detail(SuiteView s, List<ScheduleView> schedules) {
        SuiteConfig c = s.config();
        Viewport v = c.viewport();
        return new SuiteScreens.Detail(s.id(), s.name(), Forms.nz(s.description()), Forms.nz(c.browser()),
                v == null ? "" : String.valueOf(v.width()), v == null ? "" : String.valueOf(v.height()),
                text(c.parallelism()), text(c.retries()), Forms.nz(c.baseUrl()),
                c.environment() == null ? "" : c.environment().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n")),
                s.testCases().stream().map(m -> new SuiteScreens.Member(m.testCaseId(), m.position(), m.name(),
                        m.status())).toList(),
                schedules.stream().map(x -> new SuiteScreens.Schedule(x.id(), x.cron(), x.timeZone(), x.enabled(),
                        x.nextRunAt(), x.lastRunAt())).toList());
    }

    /** The configuration form as a {@link SuiteConfig}; blank fields are the worker's defaults. */
    static SuiteConfig config(Map<String, String> form) {
        Integer width = Forms.number(form, "width");
        Integer height = Forms.number(form, "height");
        if ((width == null) != (height == null)) {
            throw ProblemException.invalidField(width == null ? "width" : "height",
                    "give both the viewport's width and height, or neither");
        }
        return new SuiteConfig(Forms.blankToNull(form.get("browser")),
                width == null ? null : new Viewport(width, height), Forms.number(form, "parallelism"),
                Forms.number(form, "retries"), environment(form.get("environment")),
                Forms.blankToNull(form.get("baseUrl")));
    }

    private static @Nullable Map<String, String> environment(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<String, String> env = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw ProblemException.invalidField("environment", "line " + (i + 1) + " must look like NAME=value");
            }
            env.put(line.substring(0, eq).strip(), line.substring(eq + 1));
        }
        return env;
    }

    private static String text(@Nullable Integer n) {
        return n == null ? "" : n.toString();
    }
}
