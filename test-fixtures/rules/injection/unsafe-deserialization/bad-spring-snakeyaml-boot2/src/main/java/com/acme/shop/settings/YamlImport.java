package com.acme.shop.settings;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.yaml.snakeyaml.Yaml;

@RestController
public class YamlImport {
    @PostMapping("/api/settings/yaml")
    public Object importYaml(@RequestBody String body) {
        Yaml yaml = new Yaml();
        return yaml.load(body); // expect: injection/unsafe-deserialization
    }
}
