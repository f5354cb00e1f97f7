package com.example.hooks;

public class HookRequest {
    private String url;
    public String getUrl() { return url; }
}
