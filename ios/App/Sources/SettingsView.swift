import IMRKit
import ImrFfi
import SwiftUI

/// Settings: the participant's settings (stored in the core), this phone's privacy choice
/// (app lock) and deleting everything, after a confirmation.
struct SettingsView: View {
    @Environment(AppStore.self) private var store
    @Environment(AppLockState.self) private var lock
    @State private var model: SettingsModel
    @State private var draft: ImrFfi.Settings?
    @State private var appLock = DevicePreferences.appLock
    @State private var confirmDelete = false

    init(kit: ImrKit) {
        _model = State(initialValue: SettingsModel(kit: kit) { Reminders.schedule(at: $0.reminderTime) })
    }

    var body: some View {
        NavigationStack {
            Form {
                if let settings = Binding($draft) {
                    SettingsForm(settings: settings, refused: model.refused)
                    Section {
                        Button {
                            Task { await model.save(settings.wrappedValue) }
                        } label: {
                            Text("settings.save").frame(maxWidth: .infinity, minHeight: 44)
                        }
                        .disabled(model.busy || settings.wrappedValue == model.settings)
                        if model.failure != nil {
                            Text("save.failed").foregroundStyle(.red)
                        }
                    }
                }
                Section {
                    Toggle("settings.appLock", isOn: Binding(
                        get: { appLock },
                        set: { on in
                            Task {
                                await lock.setEnabled(on, reason: String(localized: "lock.reason"))
                                appLock = DevicePreferences.appLock
                            }
                        }
                    ))
                    .disabled(!appLock && !lock.available)
                } header: {
                    Text("settings.privacy")
                } footer: {
                    Text("settings.appLock.hint")
                }
                Section {
                    Button("delete.all", role: .destructive) { confirmDelete = true }
                        .frame(minHeight: 44)
                }
            }
            .navigationTitle("tab.settings")
            .confirmationDialog("delete.confirm.title", isPresented: $confirmDelete, titleVisibility: .visible) {
                Button("delete.all", role: .destructive) {
                    Task { await store.deleteAllData() }
                }
            } message: {
                Text("delete.confirm.body")
            }
        }
        .task {
            await model.refresh()
            draft = model.settings
        }
        .onChange(of: model.settings) { _, stored in
            if model.refused == nil { draft = stored }
        }
    }
}
