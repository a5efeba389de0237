package io.hostorder.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How the broker's customer gets into a new server: a root password, the id of an SSH key stored at
 * the provider, or an SSH public key. A valid access names exactly one of them (see
 * {@code io.hostorder.core.OrderValidator}); {@link #toString()} never shows the password.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"password", "sshKeyId", "sshPublicKey"})
public record Access(String password, String sshKeyId, String sshPublicKey) {

  /**
   * Returns access by root (or Administrator) password.
   *
   * @param password the root password, shown by no {@code toString()}
   * @return access by that password
   */
  public static Access password(String password) {
    return new Access(password, null, null);
  }

  /**
   * Returns access by the id of an SSH key the provider already stores.
   *
   * @param id the provider's id of the stored key
   * @return access by that key
   */
  public static Access sshKeyId(String id) {
    return new Access(null, id, null);
  }

  /**
   * Returns access by an SSH public key ({@code ssh-ed25519 AAAA…}).
   *
   * @param key the public key in OpenSSH form
   * @return access by that key
   */
  public static Access sshPublicKey(String key) {
    return new Access(null, null, key);
  }

  /**
   * Returns the kind of access given, or {@code "none"}; "several" when more than one is set.
   *
   * @return {@code "password"}, {@code "sshKeyId"}, {@code "sshPublicKey"}, {@code "none"} or {@code "several"}
   */
  public String kind() {
    int n = (password != null ? 1 : 0) + (sshKeyId != null ? 1 : 0) + (sshPublicKey != null ? 1 : 0);
    if (n > 1) {
      return "several";
    }
    return password != null ? "password" : sshKeyId != null ? "sshKeyId" : sshPublicKey != null ? "sshPublicKey" : "none";
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Access{");
    if (password != null) {
      b.append("password=****");
    }
    if (sshKeyId != null) {
      b.append(b.length() > 7 ? ", " : "").append("sshKeyId=").append(sshKeyId);
    }
    if (sshPublicKey != null) {
      b.append(b.length() > 7 ? ", " : "").append("sshPublicKey=").append(abbreviate(sshPublicKey));
    }
    return b.append('}').toString();
  }

  private static String abbreviate(String key) {
    return key.length() <= 24 ? key : key.substring(0, 20) + "…";
  }
}
