// The Android app: Compose screens and Android glue only (Keystore, BiometricPrompt,
// notifications, WorkManager). Everything else is the Rust core, reached through :imr-kit.
plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

val rustRoot: File = rootProject.file(providers.gradleProperty("imr.rustRoot").get())
val jniLibsOut = layout.buildDirectory.dir("generated/rust/jniLibs")

/** The ABIs the app ships, as cargo-ndk names them. */
val androidAbis = listOf("arm64-v8a", "armeabi-v7a", "x86_64")

android {
    namespace = "org.imrcompanion.app"
    compileSdk = 36
    ndkVersion = "28.2.13676358"

    defaultConfig {
        applicationId = "org.imrcompanion.app"
        minSdk = 26
        targetSdk = 36
        versionCode = 1
        versionName = "0.1.0"
        ndk {
            abiFilters += androidAbis
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures {
        compose = true
        buildConfig = true
    }

    sourceSets {
        getByName("main") {
            jniLibs.srcDir(jniLibsOut)
        }
    }
}

kotlin {
    jvmToolchain(17)
}

// Cross-compiles imr-ffi for every shipped ABI with cargo-ndk (needs the NDK above and
// `rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android`).
val cargoNdk by tasks.registering(Exec::class) {
    description = "Builds libimr_ffi.so for ${androidAbis.joinToString()} with cargo-ndk"
    group = "rust"
    workingDir = rustRoot
    inputs.dir(rustRoot.resolve("bindings/src"))
    inputs.dir(rustRoot.resolve("core/src"))
    inputs.file(rustRoot.resolve("Cargo.lock"))
    outputs.dir(jniLibsOut)
    val args = mutableListOf("cargo", "ndk", "--platform", "26")
    androidAbis.forEach { args += listOf("-t", it) }
    args += listOf("-o", jniLibsOut.get().asFile.absolutePath, "build", "-p", "imr-ffi", "--release")
    commandLine(args)
}

tasks.named("preBuild") {
    dependsOn(cargoNdk)
    dependsOn(":imr-kit:generateBindings")
}

dependencies {
    implementation(project(":imr-kit")) {
        // On Android JNA comes as its AAR (with the native dispatch libraries per ABI).
        exclude(group = "net.java.dev.jna", module = "jna")
    }
    implementation("${libs.jna.get()}@aar")
    implementation(libs.kotlinx.coroutines.android)
    implementation(libs.androidx.core.ktx)
    implementation(libs.androidx.activity.compose)
    implementation(libs.androidx.lifecycle.runtime.compose)
    implementation(libs.androidx.lifecycle.viewmodel.compose)
    implementation(libs.androidx.lifecycle.process)
    implementation(libs.androidx.navigation.compose)
    implementation(libs.androidx.biometric)
    implementation(platform(libs.compose.bom))
    implementation(libs.compose.ui)
    implementation(libs.compose.material3)
    implementation(libs.compose.material.icons)
    implementation(libs.compose.ui.tooling.preview)
    debugImplementation(libs.compose.ui.tooling)
}
