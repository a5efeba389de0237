package io.hostorder.cli;

/** A command that can print one JSON document instead of text; errors then come as a JSON document too. */
interface JsonOutput {
  /** Returns true when {@code --json} was given. */
  boolean json();
}
