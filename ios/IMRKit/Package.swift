// swift-tools-version:5.10
// IMRKit: the Rust core (an XCFramework of the static imr-ffi library), its generated uniffi
// Swift bindings, and a thin async/await facade with @Observable state holders for SwiftUI.
// Run ios/scripts/build-xcframework.sh first: it builds Frameworks/ImrFfiFFI.xcframework
// and writes Sources/ImrFfi/ImrFfi.swift (both generated, never committed).
import PackageDescription

let package = Package(
    name: "IMRKit",
    defaultLocalization: "en",
    platforms: [
        .iOS(.v17),
    ],
    products: [
        .library(name: "IMRKit", targets: ["IMRKit"]),
    ],
    targets: [
        .binaryTarget(
            name: "ImrFfiFFI",
            path: "Frameworks/ImrFfiFFI.xcframework"
        ),
        .target(
            name: "ImrFfi",
            dependencies: ["ImrFfiFFI"],
            path: "Sources/ImrFfi",
            exclude: ["README.md"]
        ),
        .target(
            name: "IMRKit",
            dependencies: ["ImrFfi"],
            path: "Sources/IMRKit"
        ),
        .testTarget(
            name: "IMRKitTests",
            dependencies: ["IMRKit"],
            path: "Tests/IMRKitTests"
        ),
    ]
)
