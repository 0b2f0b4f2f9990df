import IMRKit
import ImrFfi
import SwiftUI

/// The participant's settings as form sections: language, country (decides the crisis
/// numbers, never the language), timezone, day start and reminder. Values go to the core
/// unchanged; its refusal is shown under the field it names.
struct SettingsForm: View {
    @Binding var settings: ImrFfi.Settings
    let refused: Refusal?

    var body: some View {
        Section("settings.language") {
            Picker("settings.language", selection: $settings.locale) {
                Text(verbatim: "English").tag(ImrFfi.Locale.en)
                Text(verbatim: "Norsk bokmål").tag(ImrFfi.Locale.nb)
                Text(verbatim: "Nederlands").tag(ImrFfi.Locale.nl)
            }
            .pickerStyle(.inline)
            .labelsHidden()
        }
        Section("settings.country") {
            Picker("settings.country", selection: $settings.country) {
                Text("country.norway").tag(Country.norway)
                Text("country.netherlands").tag(Country.netherlands)
                Text("country.other").tag(Country.other)
            }
            .pickerStyle(.inline)
            .labelsHidden()
        }
        Section("settings.timezone") {
            Toggle("settings.timezone.follow", isOn: Binding(
                get: { !settings.timezonePinned },
                set: { follow in
                    settings.timezonePinned = !follow
                    if follow { settings.timezone = TimeZone.current.identifier }
                }
            ))
            TextField("settings.timezone", text: $settings.timezone)
                .textInputAutocapitalization(.never)
                .autocorrectionDisabled()
                .disabled(!settings.timezonePinned)
            FieldError(refused: refused, field: "settings.timezone")
            Stepper(value: $settings.dayStartHour, in: 0 ... 12) {
                Text("settings.dayStart \(String(format: "%02d:00", settings.dayStartHour))")
            }
            FieldError(refused: refused, field: "settings.day_start_hour")
        }
        Section("settings.reminder") {
            Toggle("settings.reminder", isOn: Binding(
                get: { settings.reminderTime != nil },
                set: { settings.reminderTime = $0 ? "20:00" : nil }
            ))
            if settings.reminderTime != nil {
                DatePicker("settings.reminder.time", selection: reminderDate, displayedComponents: .hourAndMinute)
            }
            FieldError(refused: refused, field: "settings.reminder_time")
        }
    }

    /// The stored `HH:MM` as a date for the picker, and back.
    private var reminderDate: Binding<Date> {
        Binding(
            get: {
                let parts = (settings.reminderTime ?? "20:00").split(separator: ":").compactMap { Int($0) }
                let components = DateComponents(hour: parts.first ?? 20, minute: parts.count > 1 ? parts[1] : 0)
                return Calendar.current.date(from: components) ?? .now
            },
            set: { date in
                let components = Calendar.current.dateComponents([.hour, .minute], from: date)
                settings.reminderTime = String(format: "%02d:%02d", components.hour ?? 0, components.minute ?? 0)
            }
        )
    }
}

/// The core's reason for refusing `field`, read out by VoiceOver.
struct FieldError: View {
    let refused: Refusal?
    let field: String

    var body: some View {
        if let refused, refused.field == field {
            Text("field.refused \(refused.reason)")
                .foregroundStyle(.red)
                .font(.callout)
        }
    }
}
