package com.example.garden;

/** A filter object made with a builder, as Lombok's @Builder writes one. */
public class PlantFilter {
    private final String family;
    private final Integer limit;

    private PlantFilter(String family, Integer limit) {
        this.family = family;
        this.limit = limit;
    }

    public String getFamily() { return family; }
    public Integer getLimit() { return limit; }

    public static Maker builder() { return new Maker(); }

    public static class Maker {
        private String family;
        private Integer limit;

        public Maker family(String family) { this.family = family; return this; }
        public Maker limit(Integer limit) { this.limit = limit; return this; }
        public PlantFilter build() { return new PlantFilter(family, limit); }
    }
}
