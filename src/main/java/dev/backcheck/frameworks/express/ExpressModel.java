package dev.backcheck.frameworks.express;

import dev.backcheck.frameworks.FrameworkModel;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;

import java.util.List;

public final class ExpressModel implements FrameworkModel {
    @Override
    public String id() {
        return "express";
    }

    @Override
    public List<Application> build(Project project) {
        return List.of();
    }
}
