import Foundation
import ImrFfi
import Observation

/// State holder of the Today screen: the participant's day (from the core), the check-in
/// saved for it and how the last save went. SwiftUI observes it; all work runs on the kit's
/// background executor.
@MainActor
@Observable
public final class TodayModel {
    /// The participant's local day, nil until loaded.
    public private(set) var day: String?
    /// The check-in saved for `day`, nil when there is none yet.
    public private(set) var checkIn: CheckIn?
    /// A load or save is running: disable the save button.
    public private(set) var busy = false
    /// The field the core refused in the last save.
    public private(set) var refused: Refusal?
    /// Another failure of the last call.
    public private(set) var failure: ApiError?

    private let kit: ImrKit
    private let onSaved: @MainActor (CheckIn) -> Void

    /// `onSaved` runs after every stored check-in (the app schedules a sync there).
    public init(kit: ImrKit, onSaved: @escaping @MainActor (CheckIn) -> Void = { _ in }) {
        self.kit = kit
        self.onSaved = onSaved
    }

    /// Reloads the day and its check-in (on appear, on return to the foreground).
    public func refresh() async {
        busy = true
        failure = nil
        do {
            let today = try await kit.checkIns.today()
            let saved = try await kit.checkIns.get(day: today)
            day = today
            checkIn = saved
        } catch let error as ApiError {
            failure = error
        } catch {
            failure = .Storage(reason: String(describing: error))
        }
        busy = false
    }

    /// Saves the form; on refusal the stored check-in stays and the field is named.
    public func submit(_ input: CheckInInput) async {
        busy = true
        refused = nil
        failure = nil
        switch await kit.checkIns.save(input) {
        case let .done(saved):
            if saved.day == day { checkIn = saved }
            onSaved(saved)
        case let .refused(refusal):
            refused = refusal
        case let .failed(error):
            failure = error
        }
        busy = false
    }
}

/// State holder of the settings and onboarding screens.
@MainActor
@Observable
public final class SettingsModel {
    /// The stored settings (or the core's defaults), nil until loaded.
    public private(set) var settings: Settings?
    /// A load or save is running.
    public private(set) var busy = false
    /// The field the core refused in the last save.
    public private(set) var refused: Refusal?
    /// Another failure of the last call.
    public private(set) var failure: ApiError?

    private let kit: ImrKit
    private let onSaved: @MainActor (Settings) -> Void

    /// `onSaved` runs after each stored change (the app reschedules its reminder there).
    public init(kit: ImrKit, onSaved: @escaping @MainActor (Settings) -> Void = { _ in }) {
        self.kit = kit
        self.onSaved = onSaved
    }

    /// Loads the stored settings.
    public func refresh() async {
        busy = true
        failure = nil
        do {
            settings = try await kit.settings.get()
        } catch let error as ApiError {
            failure = error
        } catch {
            failure = .Storage(reason: String(describing: error))
        }
        busy = false
    }

    /// Saves `settings`; on refusal the shown settings stay as stored and the field is named.
    /// Returns whether the core stored them.
    @discardableResult
    public func save(_ new: Settings) async -> Bool {
        busy = true
        refused = nil
        failure = nil
        defer { busy = false }
        switch await kit.settings.save(new) {
        case let .done(stored):
            settings = stored
            onSaved(stored)
            return true
        case let .refused(refusal):
            refused = refusal
        case let .failed(error):
            failure = error
        }
        return false
    }
}
