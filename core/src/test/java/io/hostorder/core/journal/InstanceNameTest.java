package io.hostorder.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.config.ProviderConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstanceNameTest {

  @Test
  void twoAccountsAtOneHost_areTwoInstances() {
    String a = JournalOptions.instanceOf("billmanager", ProviderConfig.of(Map.of(
        "base-url", "https://my.example/billmgr", "username", "broker-a", "password", "pw-a")));
    String b = JournalOptions.instanceOf("billmanager", ProviderConfig.of(Map.of(
        "base-url", "https://my.example/billmgr", "username", "broker-b", "password", "pw-a")));
    assertThat(a).isEqualTo("billmanager@https://my.example/billmgr;user=broker-a").isNotEqualTo(b);
  }

  @Test
  void actingForACustomer_isAnotherInstance() {
    assertThat(JournalOptions.instanceOf("billmanager", ProviderConfig.of(Map.of(
        "base-url", "https://my.example/billmgr", "username", "reseller", "su", "client7"))))
        .isEqualTo("billmanager@https://my.example/billmgr;user=reseller;su=client7");
  }

  @Test
  void aTokenNamesTheInstanceByItsHash_neverInClear() {
    String one = JournalOptions.instanceOf("jsonrest", ProviderConfig.of(Map.of("token", "tok-secret-1")));
    String two = JournalOptions.instanceOf("jsonrest", ProviderConfig.of(Map.of("token", "tok-secret-2")));
    assertThat(one).startsWith("jsonrest;token#").doesNotContain("tok-secret").hasSize("jsonrest;token#".length() + 12);
    assertThat(one).isNotEqualTo(two);
  }

  @Test
  void passwordsTimeOutsAndCredentialsInTheUrl_doNotNameIt() {
    String name = JournalOptions.instanceOf("hostway", ProviderConfig.of(Map.of(
        "base-url", "https://user:pw@api.example/", "account-number", "4711", "password", "pw",
        "read-timeout", "5s")));
    assertThat(name).isEqualTo("hostway@https://api.example/;account=4711").doesNotContain("pw");
  }
}
