package io.hostorder.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  @Test
  void scrub_masksTheLongestSecretFirst_soNoTailOfALongerOneIsLeft() {
    SecretScrubber s = SecretScrubber.of(List.of("abc", "abcdef-123"));

    assertThat(s.scrub("token abcdef-123 and abc")).isEqualTo("token **** and ****");
  }

  @Test
  void scrub_ignoresShortAndNullValues_andMasksTheStrippedForm() {
    List<String> values = new ArrayList<>(List.of("ab", "  padded-secret  "));
    values.add(null);
    SecretScrubber s = SecretScrubber.of(values);

    assertThat(s.scrub("ab cd padded-secret")).isEqualTo("ab cd ****");
  }

  @Test
  void scrub_masksTheJsonEscapedFormOfASecret() {
    SecretScrubber s = SecretScrubber.of(List.of("pa\"ss\\word"));

    assertThat(s.scrub("{\"note\":\"pa\\\"ss\\\\word\"}")).doesNotContain("ss").contains(Secrets.MASK);
  }

  @Test
  void scrub_masksTheUserInfoOfAnyUrlInText() {
    assertThat(scrubber.scrub("cannot reach https://admin:hunter22@api.example/v1 (refused)"))
        .isEqualTo("cannot reach https://****@api.example/v1 (refused)");
    assertThat(scrubber.scrub("journal jdbc:postgresql://u:s3cr3t@db/orders")).doesNotContain("s3cr3t");
    assertThat(scrubber.scrub("see https://api.example/v1?x=1 and mail ops@example.org"))
        .isEqualTo("see https://api.example/v1?x=1 and mail ops@example.org");
  }

  @Test
  void scrub_masksCredentialHeaderLinesAndBearerTokens() {
    String out = scrubber.scrub("--> GET /v1\nAuthorization: Basic dXNlcjpwdw==\n  cookie: sid=77aa\n"
        + "Accept: */*\nrefused token Bearer eyJhbGciOi.J9x");

    assertThat(out).doesNotContain("dXNlcjpwdw==").doesNotContain("77aa").doesNotContain("eyJhbGciOi")
        .contains("Authorization: ****").contains("Accept: */*").contains("Bearer ****");
    assertThat(scrubber.scrub("payment authorization: declined by the bank"))
        .isEqualTo("payment authorization: declined by the bank");
  }

  @Test
  void url_masksUserInfo_secretParametersSeparatedBySemicolons_andKeepsTheFragment() {
    assertThat(scrubber.url("https://u:pw-77@h.example/p?user=u;password=pw-88&x=1#top"))
        .isEqualTo("https://****@h.example/p?user=u;password=****&x=1#top");
    assertThat(scrubber.url("https://h.example/p")).isEqualTo("https://h.example/p");
    assertThat(scrubber.url(null)).isNull();
  }

  @Test
  void header_scrubsKnownValuesInAnOrdinaryHeader() {
    assertThat(scrubber.header("X-Note", "echo Sup3rSecret!")).isEqualTo("echo ****");
    assertThat(SecretScrubber.isSecretHeader("Proxy-Authorization")).isTrue();
    assertThat(SecretScrubber.isSecretHeader("Accept")).isFalse();
  }

  @Test
  void body_guessesAFormWithoutContentType_andLeavesPlainTextAlone() {
    assertThat(scrubber.body(null, "user=a&passwd=xyz987")).isEqualTo("user=a&passwd=****");
    assertThat(scrubber.body(null, "no secret here")).isEqualTo("no secret here");
    assertThat(scrubber.body("application/json", "{not json password=zz9")).contains("password=zz9");
    assertThat(scrubber.body(null, null)).isNull();
  }

  @Test
  void rememberConfig_masksDeclaredSecretKeysAndSecretNamedKeys() {
    SecretScrubber s = SecretScrubber.create();
    ProviderConfig config = ProviderConfig.of(Map.of("api-key", "k-123456", "account", "acct-9876",
        "base-url", "https://api.example/"));

    s.rememberConfig(config, List.of(ConfigKey.secret("account", "the account that is also a secret")));

    assertThat(s.scrub("k-123456 acct-9876 https://api.example/")).isEqualTo("**** **** https://api.example/");
  }

  @Test
  void rememberOrder_masksPasswordsAndSecretOptionsOfRelatedItemsToo() {
    SecretScrubber s = SecretScrubber.create();
    OrderItem related = OrderItem.builder().plan("backup").option("backup_password", "rel-Pw-42").build();
    OrderItem item = OrderItem.builder().plan("vps").access(Access.password("root-Pw-41"))
        .option("colour", "blue-ish").addRelated(related).build();

    s.rememberOrder(OrderRequest.of(item));

    assertThat(s.scrub("root-Pw-41 rel-Pw-42 blue-ish")).isEqualTo("**** **** blue-ish");
  }

  @Test
  void remember_whileOtherThreadsScrub_isSeenByEveryLaterCall() throws Exception {
    SecretScrubber s = SecretScrubber.create();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> learners = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int from = t * 50;
        learners.add(pool.submit(() -> {
          go.await();
          for (int i = from; i < from + 50; i++) {
            s.remember("secret-" + i);
            assertThat(s.scrub("x secret-" + i + " y")).isEqualTo("x **** y");
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : learners) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(s.scrub("secret-0 secret-199")).isEqualTo("**** ****");
  }

  @Test
  void nothingKnown_masksOnlyByName() {
    SecretScrubber s = SecretScrubber.create();

    assertThat(s.scrub("plain text")).isEqualTo("plain text");
    assertThat(s.body("application/json", "{\"token\":\"t-9\",\"n\":1}")).isEqualTo("{\"token\":\"****\",\"n\":1}");
  }
}
