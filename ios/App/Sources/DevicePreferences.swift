import Foundation

/// This phone's own choices that are not the participant's records and never sync.
enum DevicePreferences {
    private static let defaults = UserDefaults.standard

    /// Ask for Face ID, Touch ID or the passcode when the app comes back.
    static var appLock: Bool {
        get { defaults.bool(forKey: "appLock") }
        set { defaults.set(newValue, forKey: "appLock") }
    }

    /// Onboarding was finished on this phone.
    static var onboarded: Bool {
        get { defaults.bool(forKey: "onboarded") }
        set { defaults.set(newValue, forKey: "onboarded") }
    }

    /// Forgets every choice (delete all data).
    static func reset() {
        for key in ["appLock", "onboarded"] {
            defaults.removeObject(forKey: key)
        }
    }
}
