import IMRKit
import ImrFfi
import SwiftUI

/// The relapse prevention plan as the core stored it: what to do at red and amber, the
/// participant's own crisis numbers, the clinician and the supporters, each number one tap
/// away (tel: URL, iOS asks before calling). Supporters can be added here.
struct PlanView: View {
    @State private var model: PlanModel
    @State private var newName = ""
    @State private var newPhone = ""

    init(kit: ImrKit) {
        _model = State(initialValue: PlanModel(kit: kit))
    }

    var body: some View {
        NavigationStack {
            List {
                if model.loaded && model.plan == nil {
                    Text("plan.empty")
                }
                if let content = model.plan?.content {
                    StepsSection(title: "plan.red", steps: content.redSteps)
                    StepsSection(title: "plan.amber", steps: content.amberSteps)
                    if !content.localNumbers.isEmpty || content.clinicianPhone != nil {
                        Section("plan.numbers") {
                            ForEach(content.localNumbers, id: \.number) { number in
                                CallRow(who: number.label, number: number.number)
                            }
                            if let phone = content.clinicianPhone {
                                CallRow(who: content.clinicianName ?? String(localized: "plan.clinician"), number: phone)
                            }
                        }
                    }
                }
                Section("plan.supporters") {
                    ForEach(model.supporters, id: \.id) { supporter in
                        let who = [supporter.name, supporter.relation].compactMap { $0 }.joined(separator: ", ")
                        if let phone = supporter.phone {
                            CallRow(who: who, number: phone)
                        } else {
                            Text(verbatim: who)
                        }
                    }
                    TextField("plan.supporter.name", text: $newName)
                    TextField("plan.supporter.phone", text: $newPhone)
                        .keyboardType(.phonePad)
                    if let refused = model.refused {
                        FieldError(refused: refused, field: refused.field)
                    }
                    Button("plan.supporter.add") {
                        let input = SupporterInput(name: newName, phone: newPhone.isEmpty ? nil : newPhone)
                        Task {
                            await model.addSupporter(input)
                            if model.refused == nil {
                                newName = ""
                                newPhone = ""
                            }
                        }
                    }
                    .disabled(model.busy || newName.trimmingCharacters(in: .whitespaces).isEmpty)
                }
                Section {
                    HelpButton()
                }
            }
            .navigationTitle("plan.title")
        }
        .task { await model.refresh() }
    }
}

/// Numbered steps of one phase of the plan.
private struct StepsSection: View {
    let title: LocalizedStringKey
    let steps: [String]

    var body: some View {
        if !steps.isEmpty {
            Section(title) {
                ForEach(Array(steps.enumerated()), id: \.offset) { index, step in
                    Text(verbatim: "\(index + 1). \(step)")
                }
            }
        }
    }
}

/// A name and a number with a call button VoiceOver reads as "Call <name>".
private struct CallRow: View {
    let who: String
    let number: String
    @Environment(\.openURL) private var openURL

    var body: some View {
        HStack {
            VStack(alignment: .leading) {
                Text(verbatim: who)
                Text(verbatim: number).font(.callout).foregroundStyle(.secondary)
            }
            Spacer()
            Button {
                let digits = number.filter { $0.isNumber || $0 == "+" }
                if let url = URL(string: "tel:\(digits)") { openURL(url) }
            } label: {
                Label("plan.call \(who)", systemImage: "phone.fill")
                    .labelStyle(.iconOnly)
                    .frame(minWidth: 44, minHeight: 44)
            }
            .buttonStyle(.borderedProminent)
            .accessibilityLabel(Text("plan.call \(who)"))
        }
    }
}
