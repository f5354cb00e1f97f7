package com.example.pantry;

public interface ShelfService {
    void store(ShelfItem item);

    void storeUnchecked(ShelfItem item);

    int countSince(String day);
}
