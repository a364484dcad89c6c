package dev.suture.core.internal.reporting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.suture.core.internal.report.ResultsJson;

/** The report's JSON conventions (ISO instants, no nulls), on one line: the outbox is line-delimited. */
final class Json {
  static final ObjectMapper MAPPER = ResultsJson.MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT);

  private Json() {
  }
}
