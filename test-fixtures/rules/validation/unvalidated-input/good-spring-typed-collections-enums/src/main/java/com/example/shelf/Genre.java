package com.example.shelf;

public enum Genre {
    NOVEL, POETRY, ESSAY;
}
