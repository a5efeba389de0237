package io.hostorder.simulator.hostway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.simulator.SimulatedAnswer;

/** Builds the OrderAPI's answers: JSON bodies, the error template, plain-text errors, empty answers. */
final class Replies {
  static final String JSON = "application/json; charset=UTF-8";
  static final String TEXT = "text/plain; charset=UTF-8";
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Replies() {}

  static SimulatedAnswer json(int code, JsonNode body) {
    return SimulatedAnswer.of(code, JSON, body.toString());
  }

  /**
   * Returns an error in the documented template {@code {"<errorType>": {"message", "code",
   * "details"}}}, e.g. {@code 404 {"itemNotFound": {"guid": "", "message": "Resource not found", …}}}.
   */
  static SimulatedAnswer error(int code, String errorType, String message, String details) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode error = root.putObject(errorType);
    if (code == 404) {
      error.put("guid", "");
    }
    error.put("message", message).put("code", code).put("details", details == null ? "" : details);
    return json(code, root);
  }

  static SimulatedAnswer badRequest(String message) {
    return error(400, "badRequest", message, "");
  }

  static SimulatedAnswer conflict(String message) {
    return error(409, "conflictingRequest", message, "");
  }

  static SimulatedAnswer notFound(String details) {
    return error(404, "itemNotFound", "Resource not found", details);
  }

  /** Returns an error whose body is plain text, as the OrderAPI answers a missing or wrong OwnerId. */
  static SimulatedAnswer text(int code, String message) {
    return SimulatedAnswer.of(code, TEXT, message);
  }

  static SimulatedAnswer empty(int code) {
    return SimulatedAnswer.status(code);
  }

  static SimulatedAnswer created(String location) {
    return SimulatedAnswer.status(201).withHeader("Content-Type", JSON)
        .withHeader("Location", location);
  }
}
