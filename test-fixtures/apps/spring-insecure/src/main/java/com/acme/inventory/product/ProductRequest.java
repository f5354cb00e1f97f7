package com.acme.inventory.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

public record ProductRequest(
    @NotBlank @Size(max = 120) String name,
    @Size(max = 2000) String description,
    @PositiveOrZero BigDecimal price,
    @PositiveOrZero int stock) {
}
