package dev.suture.core.internal.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.suture.core.RunResult;

import java.io.IOException;

/** The JSON form of results: ISO-8601 instants, nulls left out, unknown fields ignored on reading. */
public final class ResultsJson {
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  private ResultsJson() {
  }

  public static byte[] toBytes(RunResult run) throws IOException {
    return MAPPER.writeValueAsBytes(run);
  }

  public static RunResult read(byte[] json) throws IOException {
    return MAPPER.readValue(json, RunResult.class);
  }
}
