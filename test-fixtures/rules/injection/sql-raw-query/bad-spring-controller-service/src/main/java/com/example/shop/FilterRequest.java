package com.example.shop;

public class FilterRequest {
    private String category;
    private int page;

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public int getPage() { return page; }
}
