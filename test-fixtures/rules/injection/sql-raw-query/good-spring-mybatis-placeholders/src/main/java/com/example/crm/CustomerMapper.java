package com.example.crm;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface CustomerMapper {
    @Select("select * from customer where city = #{city}")
    List<Customer> findByCity(@Param("city") String city);

    List<Customer> search(@Param("name") String name);

    List<Customer> findAllSorted(@Param("column") String column);
}
