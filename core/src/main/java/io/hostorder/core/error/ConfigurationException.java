package io.hostorder.core.error;

/** A provider configuration is missing a key or holds a malformed value; {@link #key()} names it. */
public final class ConfigurationException extends HostorderException {
  private static final long serialVersionUID = 1L;
  /** The key's name. */
  private final String key;
  /** What is wrong with the key. */
  private final String reason;

  /**
   * Creates the error for {@code key}.
   *
   * @param key the key's name
   * @param message what is wrong with it, secret-free
   */
  public ConfigurationException(String key, String message) {
    super("configuration key '" + key + "': " + message);
    this.key = key;
    this.reason = message;
  }

  /**
   * Returns the name of the key that is missing or wrong.
   *
   * @return the key's name
   */
  public String key() {
    return key;
  }

  /**
   * Returns what is wrong with the key, without the key's name ({@link #getMessage()} has both).
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  @Override
  public String kind() {
    return "configuration";
  }
}
