import SwiftUI

/// Opens the phone app's keypad to call for help, without the app's database (so it works
/// while locked or when the store cannot be opened).
struct HelpButton: View {
    @Environment(\.openURL) private var openURL

    var body: some View {
        Button {
            if let url = URL(string: "tel://112") { openURL(url) }
        } label: {
            Label("help.call", systemImage: "phone.fill")
                .frame(maxWidth: .infinity, minHeight: 44)
        }
        .buttonStyle(.bordered)
        .accessibilityHint(Text("help.call.hint"))
    }
}

/// A full-screen message with an optional action, for the states before the app is usable.
struct MessageView: View {
    let title: LocalizedStringKey
    let message: LocalizedStringKey
    let action: (LocalizedStringKey, () async -> Void)?

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                Text(title)
                    .font(.title2.bold())
                    .accessibilityAddTraits(.isHeader)
                Text(message)
                if let action {
                    Button {
                        Task { await action.1() }
                    } label: {
                        Text(action.0).frame(maxWidth: .infinity, minHeight: 44)
                    }
                    .buttonStyle(.borderedProminent)
                }
                HelpButton()
            }
            .padding(24)
        }
    }
}

/// The app lock: nothing of the participant's is shown, help is reachable.
struct LockView: View {
    @Environment(AppLockState.self) private var lock

    var body: some View {
        MessageView(title: "lock.title", message: "lock.body", action: ("lock.unlock", {
            await lock.unlock(reason: String(localized: "lock.reason"))
        }))
        .task { await lock.unlock(reason: String(localized: "lock.reason")) }
    }
}

/// The key is lost, does not fit, or the file is damaged: the data can only come back from
/// an encrypted backup. Starting again deletes the unreadable files, after a confirmation.
struct RestoreView: View {
    @Environment(AppStore.self) private var store
    @State private var confirming = false

    var body: some View {
        VStack(spacing: 0) {
            MessageView(title: "restore.title", message: "restore.body", action: ("tryAgain", { await store.open() }))
            Button(role: .destructive) {
                confirming = true
            } label: {
                Text("restore.startAgain").frame(maxWidth: .infinity, minHeight: 44)
            }
            .buttonStyle(.bordered)
            .padding(.horizontal, 24)
            .padding(.bottom, 24)
        }
        .confirmationDialog("restore.startAgain.confirmTitle", isPresented: $confirming, titleVisibility: .visible) {
            Button("restore.startAgain", role: .destructive) {
                Task { await store.deleteAllData() }
            }
        } message: {
            Text("restore.startAgain.confirmBody")
        }
    }
}
