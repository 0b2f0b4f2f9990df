// imr-kit: the generated uniffi bindings of the Rust core plus the coroutine facade, as a
// plain Kotlin/JVM module (no Android APIs), so it is tested on the JVM here and in CI
// (scripts/kit-test.sh does the same with kotlinc). The bindings are generated into
// build/ by :imr-kit:generateBindings and never committed.
plugins {
    alias(libs.plugins.kotlin.jvm)
}

val rustRoot: File = rootProject.file(providers.gradleProperty("imr.rustRoot").get())
val generatedBindings = layout.buildDirectory.dir("generated/uniffi/kotlin")
val hostLibrary = layout.buildDirectory.dir("host-lib")

kotlin {
    jvmToolchain(17)
}

// Builds the Rust library for this computer (for the JVM tests) and runs uniffi-bindgen
// over it in library mode; the Android libraries are built by :app:cargoNdk.
val generateBindings by tasks.registering(Exec::class) {
    description = "Builds imr-ffi for the host and generates the Kotlin bindings into build/"
    group = "rust"
    workingDir = rustRoot
    inputs.dir(rustRoot.resolve("bindings/src"))
    inputs.dir(rustRoot.resolve("core/src"))
    outputs.dir(generatedBindings)
    outputs.dir(hostLibrary)
    val out = generatedBindings.get().asFile
    val lib = hostLibrary.get().asFile
    commandLine(
        "bash",
        "-c",
        "set -euo pipefail; built=\$(scripts/bindgen.sh | tail -n 1); " +
            "rm -rf '$out' '$lib'; mkdir -p '$out' '$lib'; " +
            "cp -R build/bindings/kotlin/. '$out/'; cp \"\$built\" '$lib/'",
    )
}

sourceSets {
    main {
        kotlin.srcDir(generateBindings.map { generatedBindings.get() })
    }
}

dependencies {
    // The JVM jar for compiling and testing; the app swaps in the JNA AAR for Android.
    compileOnly(libs.jna)
    api(libs.kotlinx.coroutines.core)
    testImplementation(libs.jna)
    testImplementation(libs.kotlin.test.junit)
    testImplementation(libs.junit)
}

tasks.test {
    dependsOn(generateBindings)
    systemProperty("jna.library.path", hostLibrary.get().asFile.absolutePath)
}
