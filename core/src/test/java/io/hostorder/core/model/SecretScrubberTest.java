package io.hostorder.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretScrubberTest {
  final SecretScrubber scrubber = SecretScrubber.of(List.of("Sup3rSecret!"));

  @Test
  void form_masksPasswordAuthinfoAndAuth() {
    String out = scrubber.body("application/x-www-form-urlencoded",
        "authinfo=admin_login%3Aadmin_password&su=client_login&func=auth&password=Mypassword1&auth=211a9ac6&sok=ok");

    assertThat(out).doesNotContain("admin_password").doesNotContain("Mypassword1").doesNotContain("211a9ac6")
        .contains("authinfo=****").contains("su=client_login").contains("func=auth").contains("sok=ok");
  }

  @Test
  void multipart_masksSecretParts() {
    String body = "--b\r\nContent-Disposition: form-data; name=\"func\"\r\n\r\nv2.instances.order.param\r\n"
        + "--b\r\nContent-Disposition: form-data; name=\"password\"\r\nContent-Length: 11\r\n\r\nMypassword1\r\n"
        + "--b\r\nContent-Disposition: form-data; name=\"auth\"\r\n\r\n211a9ac6309a9f0c340bdebf\r\n--b--\r\n";

    String out = scrubber.body("multipart/form-data; boundary=b", body);

    assertThat(out).doesNotContain("Mypassword1").doesNotContain("211a9ac6309a9f0c340bdebf")
        .contains("v2.instances.order.param");
  }

  @Test
  void json_masksSecretMembersAtAnyDepth() {
    String out = scrubber.body("application/json; charset=UTF-8",
        "{\"items\":[{\"access\":{\"password\":\"pw-1\"},\"product\":{\"options\":{\"features\":{\"sshd\":"
            + "{\"authorized_keys\":\"ssh-rsa AAA\"}}}}}],\"token\":\"t-1\",\"doc\":{\"auth\":{\"$id\":\"sess\",\"$\":\"sess\"}},"
            + "\"name\":\"keep\"}");

    assertThat(out).doesNotContain("pw-1").doesNotContain("t-1").doesNotContain("sess").contains("keep");
  }

  @Test
  void xml_masksSecretElementsAndAttributes() {
    String out = scrubber.body("text/xml", "<doc><auth id=\"S3SSION\" level=\"16\">S3SSION</auth><ok/><name>srv</name></doc>");

    assertThat(out).doesNotContain("S3SSION").contains("<name>srv</name>");
  }

  @Test
  void headers_masksAuthorizationCookiesAndTokens() {
    assertThat(scrubber.header("Authorization", "Basic dXNlcjpwdw==")).isEqualTo("****");
    assertThat(scrubber.header("Cookie", "OwnerId=09185e9b")).isEqualTo("****");
    assertThat(scrubber.header("Set-Cookie", "OwnerId=09185e9b; Path=/")).isEqualTo("****");
    assertThat(scrubber.header("X-Account-Token", "tok")).isEqualTo("****");
    assertThat(scrubber.header("Content-Type", "application/json")).isEqualTo("application/json");
  }

  @Test
  void url_masksSecretQueryParameters() {
    String out = scrubber.url("https://api.example/billmgr?func=vds&auth=abc123&out=json");

    assertThat(out).doesNotContain("abc123").contains("func=vds").contains("out=json");
  }

  @Test
  void scrub_removesKnownSecretValuesAnywhere() {
    assertThat(scrubber.body("text/plain", "login failed for password Sup3rSecret! today"))
        .doesNotContain("Sup3rSecret!");
    assertThat(scrubber.scrub("x=Sup3rSecret%21")).doesNotContain("Sup3rSecret");
  }
}
