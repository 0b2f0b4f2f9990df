import IMRKit
import ImrFfi
import SwiftUI

/// The participant's recovery goals in their own words, with where each stands; a new goal
/// is added at the bottom. The core validates and orders; this only shows and forwards.
struct GoalsView: View {
    @State private var model: GoalsModel
    @State private var title = ""
    @State private var why = ""

    init(kit: ImrKit) {
        _model = State(initialValue: GoalsModel(kit: kit))
    }

    var body: some View {
        NavigationStack {
            Form {
                if model.loaded && model.goals.isEmpty {
                    Text("goals.empty")
                }
                ForEach(model.goals, id: \.id) { goal in
                    Section {
                        Text(verbatim: goal.title).font(.headline)
                        if let why = goal.why { Text(verbatim: why) }
                        Picker("goals.status", selection: Binding(
                            get: { goal.status },
                            set: { status in
                                Task {
                                    await model.update(id: goal.id, GoalInput(title: goal.title, why: goal.why, status: status, targetDate: goal.targetDate))
                                }
                            }
                        )) {
                            Text("goal.active").tag(GoalStatus.active)
                            Text("goal.achieved").tag(GoalStatus.achieved)
                            Text("goal.paused").tag(GoalStatus.paused)
                            Text("goal.letGo").tag(GoalStatus.letGo)
                        }
                    }
                }
                Section("goals.add") {
                    TextField("goals.new.title", text: $title)
                    TextField("goals.new.why", text: $why, axis: .vertical)
                    if let refused = model.refused {
                        FieldError(refused: refused, field: refused.field)
                    }
                    Button("goals.add") {
                        let input = GoalInput(title: title, why: why.isEmpty ? nil : why, status: .active)
                        Task {
                            await model.create(input)
                            if model.refused == nil {
                                title = ""
                                why = ""
                            }
                        }
                    }
                    .disabled(model.busy || title.trimmingCharacters(in: .whitespaces).isEmpty)
                }
            }
            .navigationTitle("goals.title")
        }
        .task { await model.refresh() }
    }
}
