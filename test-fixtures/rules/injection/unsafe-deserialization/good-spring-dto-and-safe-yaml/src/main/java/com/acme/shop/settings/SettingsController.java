package com.acme.shop.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.Map;

@RestController
public class SettingsController {
    @PostMapping("/api/settings/import")
    public Settings importSettings(@RequestBody Settings settings) {
        return settings;
    }

    @PostMapping("/api/settings/yaml")
    public Map<String, Object> yaml(@RequestBody String body) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(body);
    }

    public ObjectMapper typedMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfSubType("com.acme.shop.").build(),
                ObjectMapper.DefaultTyping.NON_FINAL);
        return mapper;
    }
}
