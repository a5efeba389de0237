package io.hostorder.simulator.hostway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.mockwebserver.MockResponse;

/** Builds the OrderAPI's answers: JSON bodies, the error template, plain-text errors, empty answers. */
final class Replies {
  static final String JSON = "application/json; charset=UTF-8";
  static final String TEXT = "text/plain; charset=UTF-8";
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Replies() {}

  static MockResponse json(int code, JsonNode body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", JSON)
        .setBody(body.toString());
  }

  /**
   * Returns an error in the documented template {@code {"<errorType>": {"message", "code",
   * "details"}}}, e.g. {@code 404 {"itemNotFound": {"guid": "", "message": "Resource not found", …}}}.
   */
  static MockResponse error(int code, String errorType, String message, String details) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode error = root.putObject(errorType);
    if (code == 404) {
      error.put("guid", "");
    }
    error.put("message", message).put("code", code).put("details", details == null ? "" : details);
    return json(code, root);
  }

  static MockResponse badRequest(String message) {
    return error(400, "badRequest", message, "");
  }

  static MockResponse conflict(String message) {
    return error(409, "conflictingRequest", message, "");
  }

  static MockResponse notFound(String details) {
    return error(404, "itemNotFound", "Resource not found", details);
  }

  /** Returns an error whose body is plain text, as the OrderAPI answers a missing or wrong OwnerId. */
  static MockResponse text(int code, String message) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", TEXT)
        .setBody(message);
  }

  static MockResponse empty(int code) {
    return new MockResponse().setResponseCode(code);
  }

  static MockResponse created(String location) {
    return new MockResponse().setResponseCode(201).setHeader("Content-Type", JSON)
        .setHeader("Location", location);
  }
}
