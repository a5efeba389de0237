package io.hostorder.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** The provider's own id of a placed order (for example a BILLmanager service id or a Hostway order id). */
public record OrderRef(String id) {
  /**
   * Checks the id is given and not blank.
   *
   * @param id the provider's id of the order; not blank
   */
  public OrderRef {
    Objects.requireNonNull(id, "id == null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id is blank");
    }
  }

  /**
   * Returns the reference {@code id}.
   *
   * @param id the provider's id of the order
   * @return the reference
   */
  @JsonCreator
  public static OrderRef of(String id) {
    return new OrderRef(id);
  }

  /**
   * Returns the provider's id of the order.
   *
   * @return the id
   */
  @JsonValue
  @Override
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
