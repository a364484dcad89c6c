package dev.suture.core;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SutureConfigTest {
  @Test
  void defaultsApplyWhenNothingIsSet() {
    SutureConfig config = SutureConfig.from(Settings.of(Map.of(), Map.of(), Map.of(), Map.of()));

    assertThat(config.browser()).isEqualTo(new BrowserConfig("chromium", null, true, List.of(), null));
    assertThat(config.baseUrl()).isNull();
    assertThat(config.viewport()).isEqualTo(new Viewport(1280, 720));
    assertThat(config.traceMode()).isEqualTo(CaptureMode.ON_FAILURE);
    assertThat(config.traceSnapshots()).isFalse();
    assertThat(config.screenshotMode()).isEqualTo(CaptureMode.ON_FAILURE);
    assertThat(config.outputDir()).isEqualTo(Path.of("target", "suture"));
    assertThat(config.actionTimeoutMs()).isEqualTo(30_000);
  }

  @Test
  void overridesBeatSystemPropertiesWhichBeatTheEnvironmentWhichBeatsTheFile() {
    String key = SutureConfig.TRACE_MODE;
    Map<String, String> file = Map.of(key, "always", SutureConfig.VIEWPORT, "800x600",
        SutureConfig.BROWSER_ARGS, "--lang=de, --mute-audio");
    Map<String, String> environment = Map.of("SUTURE_TRACE_MODE", "off", "SUTURE_BROWSER_HEADLESS", "FALSE");
    Map<String, String> system = Map.of(key, "on-failure", SutureConfig.BROWSER_WS_ENDPOINT, "ws://127.0.0.1:3000/");

    assertThat(SutureConfig.from(Settings.of(Map.of(), Map.of(), Map.of(), file)).traceMode())
        .isEqualTo(CaptureMode.ALWAYS);
    assertThat(SutureConfig.from(Settings.of(Map.of(), Map.of(), environment, file)).traceMode())
        .isEqualTo(CaptureMode.OFF);
    SutureConfig config = SutureConfig.from(Settings.of(Map.of(), system, environment, file));
    assertThat(config.traceMode()).isEqualTo(CaptureMode.ON_FAILURE);
    assertThat(config.browser().headless()).isFalse();
    assertThat(config.browser().wsEndpoint()).isEqualTo("ws://127.0.0.1:3000/");
    assertThat(config.browser().args()).containsExactly("--lang=de", "--mute-audio");
    assertThat(config.viewport()).isEqualTo(new Viewport(800, 600));
    assertThat(SutureConfig.from(Settings.of(Map.of(key, "always"), system, environment, file)).traceMode())
        .isEqualTo(CaptureMode.ALWAYS);
  }

  @Test
  void blankValuesCountAsUnset() {
    Settings settings = Settings.of(Map.of(SutureConfig.BASE_URL, " "), Map.of(),
        Map.of("SUTURE_BASE_URL", "http://127.0.0.1:8080"), Map.of());

    assertThat(SutureConfig.from(settings).baseUrl()).isEqualTo("http://127.0.0.1:8080");
  }

  @Test
  void anInvalidValueFailsFastNamingKeySourceAndAllowedValues() {
    assertThatThrownBy(() -> SutureConfig.from(
        Settings.of(Map.of(), Map.of(), Map.of("SUTURE_SCREENSHOT_MODE", "sometimes"), Map.of())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("Invalid value 'sometimes' for suture.screenshot.mode (from environment variable "
            + "SUTURE_SCREENSHOT_MODE). Allowed: off, on-failure, always.");
    assertThatThrownBy(() -> SutureConfig.from(
        Settings.of(Map.of(SutureConfig.BASE_URL, "localhost:8080"), Map.of(), Map.of(), Map.of())))
        .hasMessage("Invalid value 'localhost:8080' for suture.base-url (from override). "
            + "Allowed: an absolute http:// or https:// URL.");
    assertThatThrownBy(() -> SutureConfig.from(
        Settings.of(Map.of(), Map.of(SutureConfig.VIEWPORT, "wide"), Map.of(), Map.of())))
        .hasMessage("Invalid value 'wide' for suture.browser.viewport (from system property "
            + "suture.browser.viewport). Allowed: WIDTHxHEIGHT, for example 1280x720.");
    assertThatThrownBy(() -> SutureConfig.from(
        Settings.of(Map.of(), Map.of(), Map.of(), Map.of(SutureConfig.ACTION_TIMEOUT, "-5"))))
        .hasMessage("Invalid value '-5' for suture.timeout.action (from suture.properties suture.timeout.action). "
            + "Allowed: a whole number of at least 1.");
  }
}
