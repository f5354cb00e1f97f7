package com.example.pantry;

public class PaintRequest {
    private String shade;
    private String caption;

    public String getShade() { return shade; }
    public String getCaption() { return caption; }
}
