package dev.backcheck.workspace;

import dev.backcheck.concepts.SpringConfig;
import dev.backcheck.model.Project;
import dev.backcheck.model.Stack;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class JavaManifestsTest {
    private static final String POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-starter-parent</artifactId>
                <version>2.7.18</version>
              </parent>
              <groupId>com.acme</groupId>
              <artifactId>shop</artifactId>
              <properties>
                <java.version>11</java.version>
                <jjwt.version>0.11.5</jjwt.version>
              </properties>
              <modules><module>api</module></modules>
              <dependencies>
                <dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-security</artifactId>
                </dependency>
                <dependency>
                  <groupId>io.jsonwebtoken</groupId>
                  <artifactId>jjwt-api</artifactId>
                  <version>${jjwt.version}</version>
                </dependency>
                <dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-test</artifactId>
                  <scope>test</scope>
                </dependency>
              </dependencies>
            </project>
            """;

    @Test
    void pomGivesParentPropertiesDependenciesAndVersions() {
        PomXml p = (PomXml) Manifest.parse("pom.xml", POM);
        assertEquals("maven", p.ecosystem());
        assertEquals("com.acme:shop", p.name());
        assertEquals("org.springframework.boot:spring-boot-starter-parent:2.7.18", p.parent());
        assertEquals("11", p.runtimeVersion());
        assertEquals("2.7.18", p.versions().get("spring-boot"));
        assertEquals(List.of("api"), p.modules());
        assertEquals("0.11.5", p.dependencies().get("io.jsonwebtoken:jjwt-api").version());
        assertEquals(19, p.dependencies().get("org.springframework.boot:spring-boot-starter-security").line());
        assertTrue(p.dependencies().get("org.springframework.boot:spring-boot-starter-test").dev());
        Stack s = Stack.detect(List.of(p));
        assertTrue(s.has("spring-boot") && s.has("spring-security") && s.has("jjwt"), s.toString());
        assertEquals(5, s.springSecurityMajor());
        assertEquals("0.11.5", s.of("auth").stream().filter(c -> c.name().equals("jjwt")).findFirst().orElseThrow().version());
    }

    @Test
    void pomWithADoctypeIsRefusedNotExpanded() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><project><artifactId>&x;</artifactId></project>";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Manifest.parse("pom.xml", evil));
        assertTrue(e.getMessage().startsWith("malformed pom.xml"), e.getMessage());
    }

    @Test
    void gradleScriptsInGroovyAndKotlin() {
        GradleBuild g = (GradleBuild) Manifest.parse("api/build.gradle", """
                plugins {
                    id 'org.springframework.boot' version '3.2.4'
                    id 'java'
                }
                ext { jwtVersion = '0.12.5' }
                java { sourceCompatibility = JavaVersion.VERSION_17 }
                dependencies {
                    implementation 'org.springframework.boot:spring-boot-starter-web'
                    implementation "io.jsonwebtoken:jjwt-api:${jwtVersion}"
                    // implementation 'com.example:commented-out:1.0'
                    testImplementation 'org.springframework.boot:spring-boot-starter-test'
                }
                """);
        assertEquals("3.2.4", g.versions().get("spring-boot"));
        assertEquals("17", g.runtimeVersion());
        assertEquals("0.12.5", g.dependencies().get("io.jsonwebtoken:jjwt-api").version());
        assertFalse(g.has("com.example:commented-out"));
        assertTrue(g.dependencies().get("org.springframework.boot:spring-boot-starter-test").dev());
        assertEquals(8, g.dependencies().get("org.springframework.boot:spring-boot-starter-web").line());
        GradleBuild k = (GradleBuild) Manifest.parse("build.gradle.kts", """
                plugins { id("org.springframework.boot") version "3.3.0" }
                java { toolchain { languageVersion = JavaLanguageVersion.of(21) } }
                dependencies {
                    implementation("org.springframework.boot:spring-boot-starter-security")
                }
                """);
        assertEquals("3.3.0", k.versions().get("spring-boot"));
        assertEquals("21", k.runtimeVersion());
        assertTrue(k.has("org.springframework.boot:spring-boot-starter-security"));
        assertTrue(Stack.detect(List.of(k)).has("spring-security"));
        assertEquals(6, Stack.detect(List.of(k)).springSecurityMajor());
    }

    @Test
    void springConfigFlattensPropertiesAndYamlWithProfiles() {
        Map<String, String> texts = Map.of(
                "src/main/resources/application.properties", """
                        # comment
                        server.servlet.context-path=/shop
                        management.endpoints.web.exposure.include = *
                        app.secret=${APP_SECRET:dev-secret}
                        """,
                "src/main/resources/application.yml", """
                        server:
                          error:
                            include-stacktrace: always
                        spring:
                          mvc:
                            servlet:
                              path: /api
                        ---
                        spring:
                          config:
                            activate:
                              on-profile: prod
                        server:
                          error:
                            include-stacktrace: never
                        """,
                "src/main/resources/application-dev.properties", "server.port=8081\n");
        Project p = new Project(Path.of("."), Map.of(), List.of(), texts);
        SpringConfig c = SpringConfig.of(p);
        assertEquals("/shop", c.value("server.servlet.context-path", "").value());
        assertEquals("*", c.value("management.endpoints.web.exposure.include", "").value());
        assertEquals(3, c.value("management.endpoints.web.exposure.include", "").location().line());
        assertEquals("always", c.value("server.error.include-stacktrace", "").value());
        assertEquals(3, c.value("server.error.include-stacktrace", "").location().line());
        SpringConfig.Entry prod = c.entries("server.error.include-stacktrace").stream().filter(e -> "prod".equals(e.profile())).findFirst().orElseThrow();
        assertEquals("never", prod.value());
        assertEquals(15, prod.location().line());
        assertEquals("/api", c.value("spring.mvc.servlet.path", "").value());
        assertNull(c.value("server.port", ""));
        assertEquals("dev", c.entries("server.port").get(0).profile());
        assertEquals("dev-secret", c.resolve(c.value("app.secret", "").value(), ""));
    }
}
