import IMRKit
import ImrFfi
import SwiftUI

/// First start: what the app is and is not (not an emergency service), then language,
/// country, timezone and reminder. Finishing stores the settings in the core and schedules
/// the reminder (asking for notification permission only when one is wanted).
struct OnboardingView: View {
    let kit: ImrKit
    let onDone: () -> Void
    @State private var model: SettingsModel
    @State private var draft: ImrFfi.Settings?

    init(kit: ImrKit, onDone: @escaping () -> Void) {
        self.kit = kit
        self.onDone = onDone
        _model = State(initialValue: SettingsModel(kit: kit) { Reminders.schedule(at: $0.reminderTime) })
    }

    var body: some View {
        NavigationStack {
            Form {
                Section {
                    Text("onboarding.what")
                    Text("onboarding.notEmergency")
                        .foregroundStyle(.red)
                    HelpButton()
                    Text("onboarding.privacy")
                }
                if let settings = Binding($draft) {
                    SettingsForm(settings: settings, refused: model.refused)
                    Section {
                        Button {
                            Task {
                                if await model.save(settings.wrappedValue) { onDone() }
                            }
                        } label: {
                            Text("onboarding.done").frame(maxWidth: .infinity, minHeight: 44)
                        }
                        .disabled(model.busy)
                    }
                }
                if model.failure != nil {
                    Text("save.failed").foregroundStyle(.red)
                }
            }
            .navigationTitle("onboarding.title")
        }
        .task {
            await model.refresh()
            if var settings = model.settings {
                settings.timezone = TimeZone.current.identifier
                settings.timezonePinned = false
                draft = settings
            }
        }
    }
}
