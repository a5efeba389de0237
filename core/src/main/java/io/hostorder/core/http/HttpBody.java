package io.hostorder.core.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of an {@link HttpCall}: none, HTML form fields ({@code application/x-www-form-urlencoded}), a JSON
 * text ({@code application/json; charset=utf-8}) or {@code multipart/form-data} text parts. Every text is
 * sent as UTF-8. Immutable.
 */
public sealed interface HttpBody permits HttpBody.None, HttpBody.Form, HttpBody.Json, HttpBody.Multipart {

  /**
   * Returns the empty body.
   *
   * @return no body
   */
  static HttpBody none() {
    return None.INSTANCE;
  }

  /**
   * Returns form fields, in the map's iteration order.
   *
   * @param fields the fields' names and values
   * @return a form body
   */
  static HttpBody form(Map<String, String> fields) {
    return new Form(Field.of(fields));
  }

  /**
   * Returns a JSON text.
   *
   * @param json the JSON text, sent as is
   * @return a JSON body
   */
  static HttpBody json(String json) {
    return new Json(json);
  }

  /**
   * Returns {@code multipart/form-data} text parts, in the map's iteration order.
   *
   * @param parts the parts' names and values
   * @return a multipart body
   */
  static HttpBody multipart(Map<String, String> parts) {
    return new Multipart(Field.of(parts));
  }

  /** One name and value of a form or a multipart body; a name may repeat in the list. */
  record Field(String name, String value) {
    /**
     * Checks both are given.
     *
     * @param name the field's name
     * @param value the field's value
     */
    public Field {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value of " + name + " == null");
    }

    static List<Field> of(Map<String, String> fields) {
      Objects.requireNonNull(fields, "fields == null");
      return fields.entrySet().stream().map(e -> new Field(e.getKey(), e.getValue())).toList();
    }
  }

  /** No body. */
  final class None implements HttpBody {
    private static final None INSTANCE = new None();

    private None() {}

    @Override
    public String toString() {
      return "none";
    }
  }

  /**
   * HTML form fields, sent {@code application/x-www-form-urlencoded}.
   *
   * @param fields the fields, in order; a name may repeat
   */
  record Form(List<Field> fields) implements HttpBody {
    /**
     * Keeps a copy of {@code fields}.
     *
     * @param fields the fields
     */
    public Form {
      fields = List.copyOf(fields);
    }
  }

  /**
   * A JSON text, sent {@code application/json; charset=utf-8}.
   *
   * @param text the JSON text
   */
  record Json(String text) implements HttpBody {
    /**
     * Checks the text is given.
     *
     * @param text the JSON text
     */
    public Json {
      Objects.requireNonNull(text, "text == null");
    }
  }

  /**
   * Text parts, sent {@code multipart/form-data}.
   *
   * @param parts the parts, in order; a name may repeat
   */
  record Multipart(List<Field> parts) implements HttpBody {
    /**
     * Keeps a copy of {@code parts}.
     *
     * @param parts the parts
     */
    public Multipart {
      parts = List.copyOf(parts);
    }
  }
}
