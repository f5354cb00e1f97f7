package com.example.pantry;

public enum Shade { LIGHT, DARK }
