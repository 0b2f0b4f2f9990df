import Foundation
@_exported import ImrFfi

/// The participant's store as an async API. Every call of the core may touch the database,
/// so each one runs on a background queue and never on the main actor; the core is thread
/// safe, so the whole app shares one `ImrKit` for the life of the process.
public final class ImrKit: Sendable {
    private let core: ImrCore
    private let executor: BackgroundExecutor

    /// Daily check-ins.
    public let checkIns: CheckIns

    /// The relapse prevention plan and the supporters it names.
    public let plan: PlanStore

    /// Recovery goals.
    public let goals: GoalsStore

    /// Language, timezone, day start, reminder and country.
    public let settings: SettingsStore

    private init(core: ImrCore, executor: BackgroundExecutor) {
        self.core = core
        self.executor = executor
        self.checkIns = CheckIns(api: core.checkIns(), executor: executor)
        self.plan = PlanStore(api: core.signsAndPlan(), executor: executor)
        self.goals = GoalsStore(api: core.goals(), executor: executor)
        self.settings = SettingsStore(api: core.settings(), executor: executor)
    }

    /// Opens (or creates) the encrypted store at `path`; `keys` is asked for the key on the
    /// background queue. Throws the core's `ApiError`; `CoreStart.open` sorts those into screens.
    public static func open(
        path: String,
        keys: KeyProvider,
        executor: BackgroundExecutor = .shared
    ) async throws -> ImrKit {
        try await executor.run {
            ImrKit(core: try ImrCore.open(path: path, keyProvider: keys), executor: executor)
        }
    }

    /// The participant and device ids (for pairing and support).
    public func identity() async throws -> Identity {
        try await executor.run { self.core.identity() }
    }

    /// Closes the database so "delete all data" can remove its files; every later call
    /// fails with `ApiError.Closed`.
    public func close() async throws {
        try await executor.run { try self.core.closeDatabase() }
    }

    /// The input bounds for sliders, pickers and character counters (no database).
    public static var limits: Limits {
        ImrFfi.limits()
    }
}

/// Where the blocking calls of the core run: a concurrent background queue, so the main
/// actor never waits on the database and Swift concurrency's cooperative threads are not
/// blocked either.
public struct BackgroundExecutor: Sendable {
    private let queue: DispatchQueue

    /// A queue of its own, named for Instruments and crash logs.
    public init(label: String) {
        queue = DispatchQueue(label: label, qos: .userInitiated, attributes: .concurrent)
    }

    /// The app's one executor for the core.
    public static let shared = BackgroundExecutor(label: "org.imrcompanion.core")

    /// Runs `body` on the queue and resumes with its result or error.
    public func run<T>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}
