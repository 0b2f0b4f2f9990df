import Foundation
import ImrFfi

/// The field the core refused (`kind.field`, for example `check_in.mood`) and why; nothing
/// was changed.
public struct Refusal: Equatable, Sendable {
    /// The refused field as the core names it.
    public let field: String
    /// Why, in plain words.
    public let reason: String
}

/// What a call that changes something ended in, so a screen shows the problem next to its
/// input instead of catching errors. The core refuses bad input before it changes anything.
public enum Outcome<Value> {
    /// The core did it and returned the value.
    case done(Value)
    /// The core refused a field; nothing changed.
    case refused(Refusal)
    /// Another failure the app can act on.
    case failed(ApiError)

    /// Runs `body` and sorts the core's errors; other errors are reported as storage failures.
    static func of(_ body: () async throws -> Value) async -> Outcome<Value> {
        do {
            return .done(try await body())
        } catch let ApiError.InvalidInput(field, reason) {
            return .refused(Refusal(field: field, reason: reason))
        } catch let error as ApiError {
            return .failed(error)
        } catch {
            return .failed(.Storage(reason: String(describing: error)))
        }
    }
}

/// Where the app goes after trying to open the participant's store, sorted from the core's
/// answer the same way as on Android.
public enum CoreStart {
    /// The store is open: show the app.
    case ready(ImrKit)
    /// The key is lost or does not fit, or the file is damaged: show the restore screen.
    case needsRestore(ApiError)
    /// The key cannot be read yet (not unlocked since boot): try again later.
    case tryLater(ApiError)
    /// The file was written by a newer app: ask for an update.
    case needsUpdate(ApiError)
    /// Storage failed; nothing was changed.
    case failed(ApiError)

    /// Opens the store at `path` with `keys` and says where to go next.
    public static func open(path: String, keys: KeyProvider, executor: BackgroundExecutor = .shared) async -> CoreStart {
        do {
            return .ready(try await ImrKit.open(path: path, keys: keys, executor: executor))
        } catch let error as ApiError {
            return route(error)
        } catch {
            return .failed(.Storage(reason: String(describing: error)))
        }
    }

    /// The screen for an open that failed with `error`.
    public static func route(_ error: ApiError) -> CoreStart {
        switch error {
        case .KeyLost, .WrongKey, .Corrupt:
            return .needsRestore(error)
        case .KeyUnavailable:
            return .tryLater(error)
        case .NeedsNewerApp:
            return .needsUpdate(error)
        default:
            return .failed(error)
        }
    }
}
