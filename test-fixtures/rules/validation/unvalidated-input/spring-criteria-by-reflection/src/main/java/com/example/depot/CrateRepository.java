package com.example.depot;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CrateRepository extends JpaRepository<Crate, Long>, JpaSpecificationExecutor<Crate> { }
