// IMR Companion for Android: the Compose app over imr-kit (the generated uniffi bindings
// of the Rust core plus a coroutine facade). Open this folder in Android Studio.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "imr-companion"
include(":imr-kit")
include(":app")
