package io.hostorder.core.journal;

import io.hostorder.core.error.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the per-order secrets a provider needs to resume an order (Hostway's OwnerId) with AES-GCM
 * from the JDK, so that the journal never holds one in clear. The key (16, 24 or 32 bytes, base64) comes
 * from configuration ({@code journal-key}, {@code HOSTORDER_JOURNAL_KEY}); the reference and the secret's
 * name are the additional authenticated data, so a sealed value cannot be moved to another order.
 * Without a sealer such secrets are not kept at all and the order is reported as not resumable.
 * {@link #toString()} never shows the key. Thread-safe.
 */
public final class SecretSealer {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int IV = 12;
  private static final int TAG_BITS = 128;
  private final SecretKeySpec key;

  private SecretSealer(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  /**
   * Returns a sealer for the base64 {@code key}.
   *
   * @throws ConfigurationException naming {@code journal-key} when it is not base64 of 16, 24 or 32 bytes
   * @param key the key, base64 of 16, 24 or 32 bytes (AES-128, -192 or -256)
   * @return the sealer
   */
  public static SecretSealer of(String key) {
    Objects.requireNonNull(key, "key == null");
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(key.trim());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("journal-key", "must be base64 (e.g. 'openssl rand -base64 32')");
    }
    if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
      throw new ConfigurationException("journal-key", "must be 16, 24 or 32 bytes in base64, not " + raw.length);
    }
    return new SecretSealer(raw);
  }

  /**
   * Returns {@code value} encrypted for the secret {@code name} of order {@code reference}: {@code v1:<base64>}.
   *
   * @param reference the broker's reference of the order
   * @param name the secret's name
   * @param value the clear value
   * @return the sealed value
   */
  public String seal(String reference, String name, String value) {
    try {
      byte[] iv = new byte[IV];
      RANDOM.nextBytes(iv);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      c.updateAAD(aad(reference, name));
      byte[] ct = c.doFinal(value.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[IV + ct.length];
      System.arraycopy(iv, 0, out, 0, IV);
      System.arraycopy(ct, 0, out, IV, ct.length);
      return "v1:" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * Returns the clear value of {@code sealed}.
   *
   * @throws ConfigurationException naming {@code journal-key} when this key did not seal it
   * @param reference the broker's reference the value was sealed for
   * @param name the secret's name it was sealed for
   * @param sealed the sealed value
   * @return the clear value
   */
  public String open(String reference, String name, String sealed) {
    try {
      if (!sealed.startsWith("v1:")) {
        throw new ConfigurationException("journal-key", "the journal holds a sealed value of an unknown version");
      }
      byte[] in = Base64.getDecoder().decode(sealed.substring(3));
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV));
      c.updateAAD(aad(reference, name));
      return new String(c.doFinal(in, IV, in.length - IV), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new ConfigurationException("journal-key", "cannot open the sealed " + name + " of " + reference
          + ": another key sealed it, or the journal was altered");
    }
  }

  private static byte[] aad(String reference, String name) {
    return (reference + "\u0000" + name).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "SecretSealer{AES-GCM, key ****}";
  }
}
