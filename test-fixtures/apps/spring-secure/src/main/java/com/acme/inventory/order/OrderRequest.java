package com.acme.inventory.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record OrderRequest(@NotNull Long productId, @Min(1) @Max(1000) int quantity, @Size(max = 500) String note) {
}
