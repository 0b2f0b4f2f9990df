import Foundation
import ImrFfi
import Observation

/// The relapse prevention plan and its supporters on the background executor. Every save
/// keeps the previous version in the core.
public final class PlanStore: Sendable {
    private let api: SignsAndPlanApi
    private let executor: BackgroundExecutor

    init(api: SignsAndPlanApi, executor: BackgroundExecutor) {
        self.api = api
        self.executor = executor
    }

    /// The plan, or nil before the first save.
    public func plan() async throws -> RelapsePlan? {
        try await executor.run { try self.api.plan() }
    }

    /// Saves the plan as a new version.
    public func save(_ content: PlanContent) async -> Outcome<RelapsePlan> {
        await Outcome.of { try await self.executor.run { try self.api.savePlan(content: content) } }
    }

    /// Every saved version, for the history view.
    public func versions() async throws -> [PlanVersion] {
        try await executor.run { try self.api.planVersions() }
    }

    /// The supporters in contact order.
    public func supporters() async throws -> [Supporter] {
        try await executor.run { try self.api.supporters() }
    }

    /// Adds a supporter at the end of the contact order.
    public func addSupporter(_ input: SupporterInput) async -> Outcome<Supporter> {
        await Outcome.of { try await self.executor.run { try self.api.createSupporter(input: input) } }
    }
}

/// State holder of the Plan screen: the stored plan, the supporters, the last save.
@MainActor
@Observable
public final class PlanModel {
    /// The stored plan, nil before the first save.
    public private(set) var plan: RelapsePlan?
    /// The supporters in contact order.
    public private(set) var supporters: [Supporter] = []
    /// Loaded at least once.
    public private(set) var loaded = false
    /// A load or save is running.
    public private(set) var busy = false
    /// The field the core refused in the last save.
    public private(set) var refused: Refusal?
    /// Another failure of the last call.
    public private(set) var failure: ApiError?

    private let kit: ImrKit

    /// A model over `kit`'s plan.
    public init(kit: ImrKit) {
        self.kit = kit
    }

    /// Loads the plan and the supporters.
    public func refresh() async {
        busy = true
        failure = nil
        do {
            plan = try await kit.plan.plan()
            supporters = try await kit.plan.supporters()
            loaded = true
        } catch let error as ApiError {
            failure = error
        } catch {
            failure = .Storage(reason: String(describing: error))
        }
        busy = false
    }

    /// Saves the plan as a new version.
    public func save(_ content: PlanContent) async {
        apply(await kit.plan.save(content)) { self.plan = $0 }
    }

    /// Adds a supporter and shows the new contact order.
    public func addSupporter(_ input: SupporterInput) async {
        apply(await kit.plan.addSupporter(input)) { self.supporters.append($0) }
    }

    private func apply<T>(_ outcome: Outcome<T>, _ done: (T) -> Void) {
        refused = nil
        failure = nil
        switch outcome {
        case let .done(value):
            done(value)
        case let .refused(refusal):
            refused = refusal
        case let .failed(error):
            failure = error
        }
    }
}
