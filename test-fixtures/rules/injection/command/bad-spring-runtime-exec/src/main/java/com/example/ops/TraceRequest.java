package com.example.ops;

public class TraceRequest {
    private String host;
    public String getHost() { return host; }
}
