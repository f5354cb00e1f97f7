package dev.backcheck.frameworks;

import dev.backcheck.model.Application;
import dev.backcheck.model.Project;

import java.util.List;

/** Builds the {@link Application}s of one framework from the project's facts. */
public interface FrameworkModel {
    /** express | fastify | nestjs | hono | ... */
    String id();

    List<Application> build(Project project);
}
