package io.hostorder.simulator.billmanager;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A request as the simulator parsed it: how its fields were encoded, every field with its value, and
 * the fields the called function does not know (BILLmanager ignores them; they are kept so tests can
 * assert that a client sent nothing undocumented). Secrets such as {@code authinfo} or
 * {@code password} are kept verbatim: this is a test view, never log it.
 *
 * @param method HTTP method
 * @param path request path, e.g. {@code /billmgr}
 * @param encoding how the fields arrived
 * @param fields every field in arrival order (the first value of a repeated field)
 * @param repeated fields that were sent more than once, with all their values
 * @param unknownFields fields the function does not know
 */
public record ParsedRequest(
    String method,
    String path,
    Encoding encoding,
    Map<String, String> fields,
    Map<String, List<String>> repeated,
    Set<String> unknownFields) {

  /** How a request's fields were sent. */
  public enum Encoding {
    /** Only in the URL query ({@code GET}, or a POST without a form body). */
    QUERY,
    /** {@code application/x-www-form-urlencoded} body, as curl {@code -d} sends it. */
    FORM,
    /** {@code multipart/form-data} body, as curl {@code --form} sends it. */
    MULTIPART,
    /** A body of another content type; its content is not read as fields. */
    OTHER
  }

  public ParsedRequest {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(encoding, "encoding == null");
    fields = Map.copyOf(fields);
    repeated = Map.copyOf(repeated);
    unknownFields = Set.copyOf(unknownFields);
  }

  /** Returns the value of {@code field}, or empty when it was not sent. */
  public Optional<String> field(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  /** Returns the function called ({@code func}), or an empty string when none was sent. */
  public String func() {
    return fields.getOrDefault("func", "");
  }

  @Override
  public String toString() {
    // Field values may be secrets: name the fields only.
    return "ParsedRequest{" + method + " " + path + " " + encoding + " func=" + func()
        + " fields=" + fields.keySet() + " unknown=" + unknownFields + "}";
  }
}
