package com.example.orchard;

import lombok.Builder;
import lombok.Data;

@Data
@Builder
public class TreeFilter {
    private String sortColumn;
    private String direction;
}
