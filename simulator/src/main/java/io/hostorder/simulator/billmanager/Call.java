package io.hostorder.simulator.billmanager;

/**
 * One authenticated call: its fields, who authenticated ({@code caller}) and whose account it acts
 * on ({@code actor}: the {@code su} client, or the caller itself).
 */
record Call(Params params, Account caller, Account actor) {}
