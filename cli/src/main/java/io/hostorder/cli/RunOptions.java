package io.hostorder.cli;

/**
 * A command whose hints repeat the options of its run, so that a printed command can be pasted as it stands:
 * {@code hostorder list --provider jsonrest --config shop.properties --profile b --set base-url=…}. Never holds
 * secrets: a {@code --set} of a secret key is left out.
 */
interface RunOptions {
  /** Returns {@code --provider TYPE} and the configuration options of the run ({@code --config}, {@code --profile}, non-secret {@code --set}). */
  String providerArguments();

  /** Returns the {@code --journal} option of the run with a leading space, or an empty string. */
  default String journalArguments() {
    return "";
  }
}
