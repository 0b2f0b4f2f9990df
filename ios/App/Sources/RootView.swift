import IMRKit
import SwiftUI

/// Routes by what opening the store said (the core decides; see `CoreStart`) and puts the
/// optional lock in front of the participant's screens. Help stays reachable while locked.
struct RootView: View {
    @Environment(AppStore.self) private var store
    @Environment(AppLockState.self) private var lock
    @State private var onboarded = DevicePreferences.onboarded

    var body: some View {
        if lock.locked {
            LockView()
        } else {
            switch store.start {
            case .none:
                ProgressView("opening")
            case .needsRestore:
                RestoreView()
            case .tryLater:
                MessageView(title: "tryLater.title", message: "tryLater.body", action: ("tryAgain", { await store.open() }))
            case .needsUpdate:
                MessageView(title: "update.title", message: "update.body", action: nil)
            case .failed:
                MessageView(title: "failed.title", message: "failed.body", action: ("tryAgain", { await store.open() }))
            case let .ready(kit):
                if onboarded {
                    MainTabs(kit: kit)
                } else {
                    OnboardingView(kit: kit) {
                        DevicePreferences.onboarded = true
                        onboarded = true
                    }
                }
            }
        }
    }
}

/// The tabs of the app, each backed by a screen the core exposes through IMRKit.
struct MainTabs: View {
    let kit: ImrKit

    var body: some View {
        TabView {
            TodayView(kit: kit)
                .tabItem { Label("tab.today", systemImage: "sun.max") }
            PlanView(kit: kit)
                .tabItem { Label("tab.plan", systemImage: "heart.text.square") }
            GoalsView(kit: kit)
                .tabItem { Label("tab.goals", systemImage: "flag") }
            TrendsView(kit: kit)
                .tabItem { Label("tab.trends", systemImage: "chart.xyaxis.line") }
            SettingsView(kit: kit)
                .tabItem { Label("tab.settings", systemImage: "gearshape") }
        }
    }
}

/// What the app switcher shows instead of the participant's screen.
struct PrivacyCover: View {
    var body: some View {
        ZStack {
            Color(uiColor: .systemBackground).ignoresSafeArea()
            Text("app.name")
                .font(.title)
        }
        .accessibilityHidden(true)
    }
}
