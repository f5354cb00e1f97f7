package com.example.crm;

public class Customer {
    private Long id;
    private String name;
}
