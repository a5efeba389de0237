package io.hostorder.simulator.billmanager;

import java.math.BigDecimal;

/** A login of the simulated billing: a client with a personal account, or an administrator. */
final class Account {
  final String login;
  final String password;
  final boolean admin;
  BigDecimal balance = BigDecimal.ZERO.setScale(2);
  BigDecimal creditLimit = BigDecimal.ZERO.setScale(2);

  Account(String login, String password, boolean admin) {
    this.login = login;
    this.password = password;
    this.admin = admin;
  }

  /** The access level {@code func=auth} reports: 16 for a client, 28 for an administrator. */
  String level() {
    return admin ? "28" : "16";
  }

  @Override
  public String toString() {
    return "Account{" + login + (admin ? ", admin" : "") + "}";
  }
}
