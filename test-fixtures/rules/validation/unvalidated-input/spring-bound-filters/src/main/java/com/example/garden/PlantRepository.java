package com.example.garden;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface PlantRepository extends JpaRepository<Plant, Long> {
    List<Plant> findByNameContainingIgnoreCase(String name);

    @Query("select p from Plant p where lower(p.name) like %:term%")
    List<Plant> searchByTerm(@Param("term") String term);
}
