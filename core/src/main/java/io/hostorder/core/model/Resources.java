package io.hostorder.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** Resources asked for a server: memory in GB (may be fractional, e.g. 0.5), CPUs and storage in GB. Null means "the plan's default". */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resources(BigDecimal ramGb, Integer cpus, Integer storageGb) {

  /**
   * Returns true when no resource is given.
   *
   * @return whether RAM, CPUs and storage are all absent
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEmpty() {
    return ramGb == null && cpus == null && storageGb == null;
  }
}
