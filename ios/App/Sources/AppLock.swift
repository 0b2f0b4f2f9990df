import Foundation
import LocalAuthentication
import Observation

/// The optional app lock: a privacy screen opened with Face ID, Touch ID or the passcode.
/// It guards nothing cryptographically (the database key is not bound to it), so a changed
/// face or passcode never costs the participant their data.
@MainActor
@Observable
final class AppLockState {
    /// The lock screen is showing.
    private(set) var locked = DevicePreferences.appLock

    /// Whether the phone can authenticate its owner at all (a passcode is set).
    var available: Bool {
        LAContext().canEvaluatePolicy(.deviceOwnerAuthentication, error: nil)
    }

    /// Locks when the app goes to the background, if the participant chose the lock.
    func lockIfEnabled() {
        if DevicePreferences.appLock { locked = true }
    }

    /// Asks for biometrics with the passcode as fallback; unlocks on success.
    func unlock(reason: String) async {
        if await authenticate(reason: reason) { locked = false }
    }

    /// Turns the lock on only after the person proved they can open it; off at once.
    func setEnabled(_ enabled: Bool, reason: String) async {
        if !enabled {
            DevicePreferences.appLock = false
        } else if await authenticate(reason: reason) {
            DevicePreferences.appLock = true
        }
    }

    private func authenticate(reason: String) async -> Bool {
        do {
            return try await LAContext().evaluatePolicy(.deviceOwnerAuthentication, localizedReason: reason)
        } catch {
            return false
        }
    }
}
