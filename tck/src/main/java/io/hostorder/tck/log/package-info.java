/**
 * How the TCK reads what a provider logs: an SLF4J provider of its own ({@link TckSlf4jProvider}, chosen
 * with the system property {@code slf4j.provider}), or, when slf4j-simple is already in charge, a tap
 * on its output. Internal to the TCK: not API.
 */
package io.hostorder.tck.log;
