package dev.suture.core.reporting;

import dev.suture.core.ConfigurationException;
import dev.suture.core.ReportingConfig;
import dev.suture.core.Settings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportingConfigTest {
  @Test
  void offWithoutServerSettingsWithDocumentedDefaults() {
    ReportingConfig config = ReportingConfig.from(Settings.of(Map.of(), Map.of(), Map.of(), Map.of()));
    assertThat(config.enabled()).isFalse();
    assertThat(config.outboxDir()).isEqualTo(Path.of("target", "suture", "outbox"));
    assertThat(config.finishWait()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.batchSize()).isEqualTo(200);
    assertThat(config.fsyncEachEvent()).isFalse();
  }

  @Test
  void onFromTheEnvironmentAndTheKeyNeverShows() {
    ReportingConfig config = ReportingConfig.from(Settings.of(Map.of(), Map.of(),
        Map.of("SUTURE_SERVER_URL", "https://suture.example.com/", "SUTURE_SERVER_API_KEY", "sk_secret"), Map.of()));
    assertThat(config.enabled()).isTrue();
    assertThat(config.serverUrl()).isEqualTo("https://suture.example.com");
    assertThat(config.toString()).doesNotContain("sk_secret");
  }

  @Test
  void halfAConfigurationLeavesReportingOff() {
    ReportingConfig config = ReportingConfig.from(Settings.of(Map.of(ReportingConfig.SERVER_URL,
        "http://localhost:8080"), Map.of(), Map.of(), Map.of()));
    assertThat(config.enabled()).isFalse();
  }

  @Test
  void invalidValuesFailFastNamingTheKey() {
    assertThatThrownBy(() -> ReportingConfig.from(Settings.of(Map.of(ReportingConfig.BATCH_SIZE, "900"), Map.of(),
        Map.of(), Map.of()))).isInstanceOf(ConfigurationException.class)
        .hasMessage("Invalid value '900' for suture.reporting.batch-size (from override). Allowed: a whole number "
            + "from 1 to 500.");
    assertThatThrownBy(() -> ReportingConfig.from(Settings.of(Map.of(), Map.of(ReportingConfig.FSYNC, "always"),
        Map.of(), Map.of()))).isInstanceOf(ConfigurationException.class)
        .hasMessage("Invalid value 'always' for suture.reporting.fsync (from system property "
            + "suture.reporting.fsync). Allowed: sender, test.");
    assertThatThrownBy(() -> ReportingConfig.from(Settings.of(Map.of(ReportingConfig.SERVER_URL, "ftp://x"),
        Map.of(), Map.of(), Map.of()))).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("suture.server.url");
  }
}
