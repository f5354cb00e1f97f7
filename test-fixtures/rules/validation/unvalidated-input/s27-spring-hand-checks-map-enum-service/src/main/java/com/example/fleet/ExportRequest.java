package com.example.fleet;

public record ExportRequest(String format, String note) {
    public enum Format { CSV, JSON }
}
