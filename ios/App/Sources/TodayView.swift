import IMRKit
import ImrFfi
import SwiftUI

/// Today: the day's check-in (quick: stress and mood; full: sleep, medication, note). The
/// day comes from the core (timezone and day-start hour), the bounds from its limits, and
/// every refusal is shown at the field the core names.
struct TodayView: View {
    @State private var model: TodayModel
    @State private var form = FormValues()
    private let limits = ImrKit.limits

    init(kit: ImrKit) {
        _model = State(initialValue: TodayModel(kit: kit))
    }

    var body: some View {
        NavigationStack {
            Form {
                if let day = model.day {
                    Section {
                        Text("today.day \(day)")
                        if model.checkIn != nil { Text("today.saved").foregroundStyle(.secondary) }
                    }
                }
                Section {
                    RatingRow(title: "field.stress", value: $form.stress, max: Int(limits.stressMoodMax))
                    FieldError(refused: model.refused, field: "check_in.stress")
                    RatingRow(title: "field.mood", value: $form.mood, max: Int(limits.stressMoodMax))
                    FieldError(refused: model.refused, field: "check_in.mood")
                }
                Section("today.sleep") {
                    Stepper(value: sleepHours, in: 0 ... limits.sleepHoursMax, step: 0.5) {
                        Text("field.sleepHours \(form.sleepHours.map { String(format: "%.1f", $0) } ?? "–")")
                    }
                    FieldError(refused: model.refused, field: "check_in.sleep_hours")
                    RatingRow(title: "field.sleepQuality", value: $form.sleepQuality, max: Int(limits.sleepQualityMax))
                    FieldError(refused: model.refused, field: "check_in.sleep_quality")
                }
                Section("field.medication") {
                    Picker("field.medication", selection: $form.medication) {
                        Text(verbatim: "–").tag(Medication?.none)
                        Text("medication.yes").tag(Medication?.some(.yes))
                        Text("medication.partly").tag(Medication?.some(.partly))
                        Text("medication.no").tag(Medication?.some(.no))
                        Text("medication.notApplicable").tag(Medication?.some(.notApplicable))
                    }
                    .pickerStyle(.inline)
                    .labelsHidden()
                }
                Section("field.note") {
                    TextField("field.note", text: $form.note, axis: .vertical)
                        .lineLimit(3 ... 10)
                        .onChange(of: form.note) { _, note in
                            if note.count > Int(limits.noteMaxChars) { form.note = String(note.prefix(Int(limits.noteMaxChars))) }
                        }
                    Text(verbatim: "\(form.note.count) / \(limits.noteMaxChars)")
                        .font(.caption)
                        .foregroundStyle(.secondary)
                    FieldError(refused: model.refused, field: "check_in.note")
                }
                Section {
                    Button {
                        guard let day = model.day else { return }
                        Task { await model.submit(form.input(day: day)) }
                    } label: {
                        Text("today.save").frame(maxWidth: .infinity, minHeight: 44)
                    }
                    .disabled(model.busy || model.day == nil)
                    if model.failure != nil {
                        Text("save.failed").foregroundStyle(.red)
                    }
                }
            }
            .navigationTitle("today.title")
        }
        .task {
            await model.refresh()
            form = FormValues(model.checkIn)
        }
    }

    private var sleepHours: Binding<Double> {
        Binding(get: { form.sleepHours ?? 0 }, set: { form.sleepHours = $0 })
    }
}

/// A 0...max rating as a slider; VoiceOver reads the title and the value.
struct RatingRow: View {
    let title: LocalizedStringKey
    @Binding var value: Int32?
    let max: Int

    var body: some View {
        VStack(alignment: .leading) {
            Text(title)
            Slider(
                value: Binding(get: { Double(value ?? 0) }, set: { value = Int32($0.rounded()) }),
                in: 0 ... Double(max),
                step: 1
            )
            .accessibilityLabel(Text(title))
            .accessibilityValue(Text(verbatim: value.map(String.init) ?? "–"))
        }
    }
}

/// The form's values as the person sets them; sent to the core unchanged.
private struct FormValues {
    var stress: Int32?
    var mood: Int32?
    var sleepHours: Double?
    var sleepQuality: Int32?
    var medication: Medication?
    var note = ""

    init(_ checkIn: CheckIn? = nil) {
        stress = checkIn?.stress
        mood = checkIn?.mood
        sleepHours = checkIn?.sleepHours
        sleepQuality = checkIn?.sleepQuality
        medication = checkIn?.medication
        note = checkIn?.note ?? ""
    }

    func input(day: String) -> CheckInInput {
        CheckInInput(
            day: day,
            stress: stress,
            mood: mood,
            sleepHours: sleepHours,
            sleepQuality: sleepQuality,
            medication: medication,
            note: note.isEmpty ? nil : note
        )
    }
}
