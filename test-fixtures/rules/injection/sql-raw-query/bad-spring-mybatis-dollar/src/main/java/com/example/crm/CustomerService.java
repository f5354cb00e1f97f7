package com.example.crm;

import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class CustomerService {
    private final CustomerMapper mapper;

    public CustomerService(CustomerMapper mapper) {
        this.mapper = mapper;
    }

    public List<Customer> sorted(String column) {
        return mapper.findAllSorted(column); // expect: injection/sql-raw-query
    }

    public List<Customer> inCity(String city) {
        return mapper.findByCity(city); // expect: injection/sql-raw-query
    }

    public Customer one(Long id) {
        return mapper.findById(id);
    }
}
