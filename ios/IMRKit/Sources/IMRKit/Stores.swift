import Foundation
import ImrFfi

/// Daily check-ins on the background executor. Days are the participant's local days
/// (`YYYY-MM-DD`) as the core computes them: ask `today()`, never the phone's calendar, so
/// the day-start hour and the chosen timezone are respected.
public final class CheckIns: Sendable {
    private let api: CheckInsApi
    private let executor: BackgroundExecutor

    init(api: CheckInsApi, executor: BackgroundExecutor) {
        self.api = api
        self.executor = executor
    }

    /// The participant's local day now.
    public func today() async throws -> String {
        try await executor.run { try self.api.today() }
    }

    /// Saves the check-in of `input.day`, replacing what that day held.
    public func save(_ input: CheckInInput) async -> Outcome<CheckIn> {
        await Outcome.of { try await self.executor.run { try self.api.save(input: input) } }
    }

    /// The check-in of `day`, or nil when there is none.
    public func get(day: String) async throws -> CheckIn? {
        try await executor.run { try self.api.get(day: day) }
    }

    /// Every check-in from `from` to `to`, both included, oldest first.
    public func list(from: String, to: String) async throws -> [CheckIn] {
        try await executor.run { try self.api.list(from: from, to: to) }
    }

    /// Deletes the check-in of `day`.
    public func delete(day: String) async -> Outcome<Void> {
        await Outcome.of { try await self.executor.run { try self.api.delete(day: day) } }
    }
}

/// The participant's settings on the background executor; the core's defaults apply
/// until they are saved.
public final class SettingsStore: Sendable {
    private let api: SettingsApi
    private let executor: BackgroundExecutor

    init(api: SettingsApi, executor: BackgroundExecutor) {
        self.api = api
        self.executor = executor
    }

    /// The saved settings, or the core's defaults.
    public func get() async throws -> Settings {
        try await executor.run { try self.api.get() }
    }

    /// Validates and saves `settings`; returns what the core stored (trimmed).
    public func save(_ settings: Settings) async -> Outcome<Settings> {
        await Outcome.of { try await self.executor.run { try self.api.save(settings: settings) } }
    }
}
