package org.corroborate.util;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper of the project, configured once: records map by component name, Instants and
 * LocalDates are written as ISO-8601 strings, unknown fields in input are errors.
 */
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .findAndAddModules()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
