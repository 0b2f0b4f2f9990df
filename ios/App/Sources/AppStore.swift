import Foundation
import IMRKit
import Observation

/// Opens the participant's store once per launch and shares it with every screen. The
/// database lives in Application Support/store with complete-until-first-user-authentication
/// file protection; its key is in the Keychain (after first unlock, this device only).
@MainActor
@Observable
final class AppStore {
    /// Where the app is after opening the store; nil while opening.
    private(set) var start: CoreStart?

    private let keys = KeychainVault()

    private var storeDirectory: URL {
        URL.applicationSupportDirectory.appendingPathComponent("store", isDirectory: true)
    }

    private var databaseURL: URL {
        storeDirectory.appendingPathComponent("participant.db")
    }

    /// (Re)opens the store, for example after "try again" once the phone is unlocked.
    func open() async {
        start = nil
        do {
            try FileManager.default.createDirectory(
                at: storeDirectory,
                withIntermediateDirectories: true,
                attributes: [.protectionKey: FileProtectionType.completeUntilFirstUserAuthentication]
            )
            var directory = storeDirectory
            var values = URLResourceValues()
            values.isExcludedFromBackup = true
            try directory.setResourceValues(values)
        } catch {
            start = .failed(.Storage(reason: String(describing: error)))
            return
        }
        let path = databaseURL.path
        let provider = DatabaseKey(vault: keys) { FileManager.default.fileExists(atPath: path) }
        start = await CoreStart.open(path: path, keys: provider)
        protectDatabaseFiles()
    }

    /// Deletes everything of the participant's on this phone, then starts fresh at onboarding.
    func deleteAllData() async {
        if case let .ready(kit) = start {
            try? await kit.close()
        }
        start = nil
        try? FileManager.default.removeItem(at: storeDirectory)
        try? keys.delete()
        Reminders.schedule(at: nil)
        DevicePreferences.reset()
        await open()
    }

    /// SQLite creates its journal files itself; give every file in the folder the same protection.
    private func protectDatabaseFiles() {
        let files = (try? FileManager.default.contentsOfDirectory(at: storeDirectory, includingPropertiesForKeys: nil)) ?? []
        for file in files {
            try? FileManager.default.setAttributes(
                [.protectionKey: FileProtectionType.completeUntilFirstUserAuthentication],
                ofItemAtPath: file.path
            )
        }
    }
}
