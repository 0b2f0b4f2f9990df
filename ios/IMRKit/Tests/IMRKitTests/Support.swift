import Foundation
import IMRKit

/// The Keychain of a test: memory only, optionally locked as before the first unlock.
final class MemoryVault: KeyVault, @unchecked Sendable {
    var key: Data?
    var locked = false
    private(set) var adds = 0

    func read() throws -> Data? {
        if locked { throw VaultError.locked }
        return key
    }

    func add(_ key: Data) throws {
        if locked { throw VaultError.locked }
        self.key = key
        adds += 1
    }

    func delete() throws {
        key = nil
    }
}

/// A fixed key, as the Keychain would hand it out.
final class FixedKey: KeyProvider, @unchecked Sendable {
    let key: Data

    init(_ byte: UInt8 = 5) {
        key = Data(repeating: byte, count: 32)
    }

    func databaseKey() throws -> Data {
        key
    }
}

/// A folder for one participant's files, removed by `remove()`.
struct ParticipantFolder {
    let url: URL = FileManager.default.temporaryDirectory.appendingPathComponent("imrkit-\(UUID().uuidString)")

    var database: URL {
        url.appendingPathComponent("participant.db")
    }

    func create() throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    var databaseExists: Bool {
        FileManager.default.fileExists(atPath: database.path)
    }
}

/// Whether the test's database file "exists", switched by the test.
final class DatabaseFlag: @unchecked Sendable {
    var exists = false
}
