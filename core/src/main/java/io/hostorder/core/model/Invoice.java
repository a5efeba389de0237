package io.hostorder.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * What a provider asks to be paid before it goes on: its invoice (or payment) id when it gave one,
 * the amount and currency when known, and the provider's own words.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Invoice(String id, BigDecimal amount, String currency, String message) {}
