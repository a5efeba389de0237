package io.hostorder.core;

/** How a provider can tell whether an order with a given broker reference already exists. */
public enum Idempotency {
  /** The API itself takes a client token and never creates a second order for it. */
  NATIVE,
  /** The reference is stored with the order at the provider and found again by looking it up. */
  LOOKUP,
  /** The provider cannot tell: a step whose answer was lost is reported as outcome unknown. */
  NONE
}
