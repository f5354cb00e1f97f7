package com.example.kennel;

import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface KennelMapper {
    Kennel byId(int id);

    Kennel byTag(String tag);

    void insert(Kennel kennel);
}
