import IMRKit
import SwiftUI

/// The app: opens the participant's store at launch, covers the screen in the app switcher,
/// and locks again in the background when the participant chose an app lock.
@main
struct IMRCompanionApp: App {
    @State private var store = AppStore()
    @State private var lock = AppLockState()
    @Environment(\.scenePhase) private var scenePhase

    init() {
        CoreLog.forward(subsystem: "org.imrcompanion.app", maxLevel: .info)
    }

    var body: some Scene {
        WindowGroup {
            ZStack {
                RootView()
                    .environment(store)
                    .environment(lock)
                if scenePhase != .active {
                    // The app switcher snapshot shows only this cover, never the participant's data.
                    PrivacyCover()
                }
            }
            .task { await store.open() }
        }
        .onChange(of: scenePhase) { _, phase in
            if phase == .background { lock.lockIfEnabled() }
        }
    }
}
