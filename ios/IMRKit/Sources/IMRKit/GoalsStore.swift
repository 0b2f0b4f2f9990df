import Foundation
import ImrFfi
import Observation

/// The participant's recovery goals on the background executor.
public final class GoalsStore: Sendable {
    private let api: GoalsApi
    private let executor: BackgroundExecutor

    init(api: GoalsApi, executor: BackgroundExecutor) {
        self.api = api
        self.executor = executor
    }

    /// Every goal, in the core's order.
    public func list() async throws -> [Goal] {
        try await executor.run { try self.api.list() }
    }

    /// Creates a goal.
    public func create(_ input: GoalInput) async -> Outcome<Goal> {
        await Outcome.of { try await self.executor.run { try self.api.create(input: input) } }
    }

    /// Changes a goal (its words, status or target date).
    public func update(id: String, _ input: GoalInput) async -> Outcome<Goal> {
        await Outcome.of { try await self.executor.run { try self.api.update(id: id, input: input) } }
    }
}

/// State holder of the Goals screen: the list, and creating or changing a goal.
@MainActor
@Observable
public final class GoalsModel {
    /// The goals as the core lists them.
    public private(set) var goals: [Goal] = []
    /// Loaded at least once.
    public private(set) var loaded = false
    /// A load or save is running.
    public private(set) var busy = false
    /// The field the core refused in the last save.
    public private(set) var refused: Refusal?
    /// Another failure of the last call.
    public private(set) var failure: ApiError?

    private let kit: ImrKit

    /// A model over `kit`'s goals.
    public init(kit: ImrKit) {
        self.kit = kit
    }

    /// Loads the goals.
    public func refresh() async {
        busy = true
        failure = nil
        do {
            goals = try await kit.goals.list()
            loaded = true
        } catch let error as ApiError {
            failure = error
        } catch {
            failure = .Storage(reason: String(describing: error))
        }
        busy = false
    }

    /// Creates a goal, then shows the list as the core has it.
    public func create(_ input: GoalInput) async {
        await change(await kit.goals.create(input))
    }

    /// Changes a goal, then shows the list as the core has it.
    public func update(id: String, _ input: GoalInput) async {
        await change(await kit.goals.update(id: id, input))
    }

    private func change(_ outcome: Outcome<Goal>) async {
        refused = nil
        failure = nil
        switch outcome {
        case .done:
            await refresh()
        case let .refused(refusal):
            refused = refusal
        case let .failed(error):
            failure = error
        }
    }
}
