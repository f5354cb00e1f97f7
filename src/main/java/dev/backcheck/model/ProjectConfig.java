package dev.backcheck.model;

/**
 * What the project's {@code .backcheck.yml} tells the models: controls the team declared
 * ({@code controls:}) and routes that are public by design ({@code public-routes:}).
 * Framework models and rules read it through {@link Project#config()}.
 */
public record ProjectConfig(DeclaredControls controls, PublicRoutes publicRoutes) {
    public static final ProjectConfig EMPTY = new ProjectConfig(DeclaredControls.NONE, PublicRoutes.NONE);

    public ProjectConfig {
        controls = controls == null ? DeclaredControls.NONE : controls;
        publicRoutes = publicRoutes == null ? PublicRoutes.NONE : publicRoutes;
    }
}
